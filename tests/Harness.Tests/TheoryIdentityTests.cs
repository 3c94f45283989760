using System.Reflection;
using System.Text;
using Repro.Theory.Numerics;

namespace Repro.Harness.Tests;

/// <summary>
/// The Theory assembly's MVID is part of every unit key, so its bytes must depend on the numeric
/// code only: not on the commit (a report-only change must not re-run anything) and not on the
/// folder the repository was cloned into (a reviewer's fresh clone must find the same keys).
/// </summary>
public class TheoryIdentityTests
{
    private static readonly Assembly Theory = typeof(DetMath).Assembly;

    [Fact]
    public void TheInformationalVersionCarriesNoCommit()
        => Assert.DoesNotContain('+', Theory.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);

    [Fact]
    public void TheAssemblyBytesHoldNoPathOfThisCheckout()
    {
        string checkout = Path.GetDirectoryName(Theory.Location)!;
        while (!File.Exists(Path.Combine(checkout, "Repro.sln"))) checkout = Path.GetDirectoryName(checkout)!;
        byte[] bytes = File.ReadAllBytes(Theory.Location);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(checkout)) < 0, $"{Theory.Location} embeds '{checkout}'");
    }
}

using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Claims.Rules;

/// <summary>Inputs for the rule tests: representative grids, made-up two-level samples, and the checks every rule shares.</summary>
internal static class RuleFixtures
{
    /// <summary>C4's review grid, T = 2…32.</summary>
    public static double[] SequenceLengths { get; } = Enumerable.Range(2, 31).Select(t => (double)t).ToArray();

    /// <summary>C3's review grid, n = 2⁵…2¹².</summary>
    public static double[] SampleSizes { get; } = Enumerable.Range(5, 8).Select(k => Math.Pow(2, k)).ToArray();

    /// <summary>A draw moves τ* by ×3–4, mostly at every T alike, seeds by less (CLAIM-TESTS.md): in ln, shared 0.6,
    /// draw-by-point 0.2, within 0.2.</summary>
    public static NoiseLevel Representative { get; } = new(0.6, 0.2, 0.2);

    /// <summary>Twice as noisy, and more of it changing from point to point.</summary>
    public static NoiseLevel Noisy { get; } = new(1.0, 0.4, 0.5);

    public static BootstrapSettings Bootstrap(string stream) => new(20261201, stream);

    /// <summary>Points at curve(x)·noise with 3 draws × 4 seeds, bound(x), all inside the hypotheses.</summary>
    public static RulePoint[] Series(double[] x, Func<double, double> curve, Func<double, double> bound, NoiseLevel noise, string stream, int draws = 3, int seeds = 4)
    {
        var samples = SyntheticTwoLevel.Samples(x.Select(curve).ToArray(), draws, seeds, noise, 7, stream);
        return x.Select((xi, i) => new RulePoint(xi, samples[i], bound(xi), true)).ToArray();
    }

    /// <summary>A point whose draws have the given values (one seed each, or the same value for every seed).</summary>
    public static RulePoint Point(double x, double bound, params double[] drawValues)
        => new(x, drawValues.Select(v => new[] { v, v }).ToArray(), bound, true);

    /// <summary>Every control of <paramref name="result"/> got its required verdict; the message lists them.</summary>
    public static void AssertControlsPass(VerdictResult result, int expectedCount = 3)
    {
        string all = string.Join("; ", result.Controls.Select(c => $"{c.Name}: expected {c.Expected?.ToString() ?? "either"}, got {c.Actual}"));
        Assert.Equal(expectedCount, result.Controls.Count);
        Assert.True(result.Controls.All(c => c.Passed), all);
        Assert.Contains(result.Controls, c => c.Expected == Verdict.Pass);
        Assert.Contains(result.Controls, c => c.Expected == Verdict.Fail);
        Assert.Contains(result.Controls, c => c.Expected is null);
    }

    /// <summary>The decision carries the rule's own text, and that text states each given parameter value.</summary>
    public static void AssertOwnText<T>(IVerdictRule<T> rule, T input, params object[] parameters)
    {
        var result = rule.Decide(input);
        Assert.Equal(rule.Describe(), result.Rule);
        string text = rule.Describe();
        foreach (object p in parameters)
        {
            string shown = p switch { double d => VerdictResult.Format(d), ulong u => u.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => p.ToString()! };
            Assert.Contains(shown, text);
        }
    }

    /// <summary>The bootstrap settings that reach the rule text (not the stream name: parts applying one rule share one text).</summary>
    public static object[] Parameters(BootstrapSettings b) => [b.Seed, VerdictResult.Format(b.ConfidenceLevel * 100) + "%", b.Resamples.ToString(System.Globalization.CultureInfo.InvariantCulture) + " resamples"];

    /// <summary>exp(x), deterministic.</summary>
    public static double E(double x) => DetMath.Exp(x);
}

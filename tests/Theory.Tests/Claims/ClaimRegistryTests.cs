using Repro.Theory.Claims;

namespace Repro.Theory.Tests.Claims;

public class ClaimRegistryTests
{
    [Fact]
    public void ListsClaimsWithStableIdsInOrder()
    {
        Assert.Equal(Enumerable.Range(1, ClaimRegistry.All.Count).Select(i => $"C{i}"), ClaimRegistry.All.Select(c => c.Id));
        Assert.Equal(ClaimRegistry.All.Select(c => c.Claim), ClaimRegistry.Claims);
    }

    [Theory]
    [InlineData("C1")]
    [InlineData("C3")]
    [InlineData("c7")]
    [InlineData(" C4 ")]
    public void GetFindsAClaimById(string id)
        => Assert.Equal(id.Trim().ToUpperInvariant(), ClaimRegistry.Get(id).Id);

    [Fact]
    public void UnknownIdsAreRejected()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ClaimRegistry.Get("C8"));
        Assert.Contains("C1", e.Message);
        Assert.False(ClaimRegistry.TryGet("X", out _));
    }

    [Fact]
    public void EveryClaimIsFullyDescribedAndPinsItsPaperVersion()
    {
        foreach (var c in ClaimRegistry.Claims)
        {
            foreach (string text in new[] { c.Title, c.PaperReference, c.Statement, c.Measured, c.PredictedForm, c.VerdictRule })
                Assert.False(string.IsNullOrWhiteSpace(text), $"{c.Id} has an empty field");
            Assert.Matches(@"arXiv:2402\.12241v[12]", c.PaperReference);
            Assert.NotEmpty(c.Checks);
            Assert.Contains("PASS", c.VerdictRule);
            Assert.Contains("INCONCLUSIVE", c.VerdictRule);
            Assert.True(c.Statement.Length >= 150, $"{c.Id}: the statement should be a paragraph");
        }
        // C3 and C4 are stated in v1 and refined in v2; both versions are named.
        foreach (string id in new[] { "C3", "C4" })
        {
            Assert.Contains("v1", ClaimRegistry.Get(id).Claim.PaperReference);
            Assert.Contains("v2", ClaimRegistry.Get(id).Claim.PaperReference);
        }
    }

    [Fact]
    public void CheckKindsMatchTheModelTable()
    {
        Assert.Equal(CheckKind.Exact, ClaimRegistry.Get("C1").Claim.Kind);
        Assert.Equal(CheckKind.Bound, ClaimRegistry.Get("C2").Claim.Kind);
        Assert.Equal(CheckKind.Bound, ClaimRegistry.Get("C3").Claim.Kind); // a success frequency against 1 − δ
        Assert.Equal(CheckKind.Cutoff, ClaimRegistry.Get("C4").Claim.Kind);
        Assert.Equal([CheckKind.Bound, CheckKind.Rate], ClaimRegistry.Get("C5").Claim.Checks);
        Assert.Equal([CheckKind.Bound], ClaimRegistry.Get("C6").Claim.Checks);
        Assert.Equal(CheckKind.Rate, ClaimRegistry.Get("C7").Claim.Kind);
    }

    [Fact]
    public void RulesQuoteTheNamedThresholds()
    {
        Assert.Contains("δ = 0.1", ClaimRegistry.Get("C3").Claim.VerdictRule);
        Assert.Contains("1E-12", ClaimRegistry.Get("C2").Claim.VerdictRule);
        Assert.Contains("1 − δ = 0.9", ClaimRegistry.Get("C3").Claim.PredictedForm);
        Assert.Contains("1E-12", ClaimRegistry.Get("C6").Claim.VerdictRule);
        Assert.Contains("δ = 0.05", ClaimRegistry.Get("C7").Claim.VerdictRule);
        Assert.StartsWith("(a) τ* ≤ ν̄_eff²/(2η(ε·Var − R̂(Θ̄)))", ClaimRegistry.Get("C5").Claim.PredictedForm);
    }
}

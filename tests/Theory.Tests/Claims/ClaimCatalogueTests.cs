using Repro.Theory.Claims;

namespace Repro.Theory.Tests.Claims;

public class ClaimCatalogueTests
{
    [Fact]
    public void ListsSevenClaimsWithStableIdsInOrder()
    {
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7"], ClaimCatalogue.All.Select(c => c.Id));
    }

    [Theory]
    [InlineData("C1")]
    [InlineData("C3")]
    [InlineData("c7")]
    [InlineData(" C4 ")]
    public void GetFindsAClaimById(string id)
        => Assert.Equal(id.Trim().ToUpperInvariant(), ClaimCatalogue.Get(id).Id);

    [Fact]
    public void UnknownIdsAreRejected()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ClaimCatalogue.Get("C8"));
        Assert.Contains("C1", e.Message);
        Assert.False(ClaimCatalogue.TryGet("X", out _));
    }

    [Fact]
    public void EveryClaimIsFullyDescribedAndPinsItsPaperVersion()
    {
        foreach (var c in ClaimCatalogue.All)
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
            Assert.Contains("v1", ClaimCatalogue.Get(id).PaperReference);
            Assert.Contains("v2", ClaimCatalogue.Get(id).PaperReference);
        }
    }

    [Fact]
    public void CheckKindsMatchTheModelTable()
    {
        Assert.Equal(CheckKind.Exact, ClaimCatalogue.Get("C1").Kind);
        Assert.Equal(CheckKind.Bound, ClaimCatalogue.Get("C2").Kind);
        Assert.Equal(CheckKind.Rate, ClaimCatalogue.Get("C3").Kind);
        Assert.Equal(CheckKind.Cutoff, ClaimCatalogue.Get("C4").Kind);
        Assert.Equal(CheckKind.Rate, ClaimCatalogue.Get("C5").Kind);
        Assert.Equal([CheckKind.Bound, CheckKind.Rate], ClaimCatalogue.Get("C6").Checks);
        Assert.Equal(CheckKind.Rate, ClaimCatalogue.Get("C7").Kind);
    }

    [Fact]
    public void RulesQuoteTheNamedThresholds()
    {
        Assert.Contains("Δ ≥ 6", ClaimCatalogue.Get("C3").VerdictRule);
        Assert.Contains("1E-12", ClaimCatalogue.Get("C2").VerdictRule);
        Assert.Contains("90%", ClaimCatalogue.Get("C3").Measured);
        Assert.Contains("at or below −0.5 + 0.1", ClaimCatalogue.Get("C6").VerdictRule);
        Assert.Contains("δ = 0.05", ClaimCatalogue.Get("C7").VerdictRule);
        Assert.StartsWith("τ* ≤ C_τ·ν̄²/(η·ε)", ClaimCatalogue.Get("C5").PredictedForm);
    }
}

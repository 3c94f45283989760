using System.Text.Json.Nodes;
using Repro.Harness.Experiments;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Tests.Analysis;

/// <summary>Diverged training runs behind a model's numbers are counted and named with their step.</summary>
public class DivergenceCensusTests
{
    private static ClaimAnalysis AnalysisOver(params string[] keys)
        => new("C5", "smoke", [new ModelAnalysis("v2", null, "n/a", [], [], [], keys)], "repro run --claims C5");

    [Fact]
    public void CountsTrainingRunsAndListsTheDivergedOnesWithTheirStep()
    {
        var book = new ResultBook();
        book.Add("b-train-diverged", JsonNode.Parse("""{"divergedAtStep":17,"steps":17}""")!);
        book.Add("a-train-finite", JsonNode.Parse("""{"divergedAtStep":null,"steps":40}""")!);
        book.Add("c-not-training", JsonNode.Parse("""{"maxError":0.5}""")!);

        DivergenceSummary? summary = DivergenceCensus.Annotate(AnalysisOver("c-not-training", "b-train-diverged", "a-train-finite"), book).Models[0].Divergence;

        Assert.NotNull(summary);
        Assert.Equal(2, summary.TrainingRuns);
        Assert.Equal([new DivergedRun("b-train-diverged", 17)], summary.Diverged);
    }

    [Fact]
    public void NoTrainingRunsGivesNoSummary()
    {
        var book = new ResultBook();
        book.Add("k", JsonNode.Parse("""{"output":0}""")!);

        Assert.Null(DivergenceCensus.Annotate(AnalysisOver("k"), book).Models[0].Divergence);
    }
}

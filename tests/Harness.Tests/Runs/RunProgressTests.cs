using System.Globalization;

namespace Repro.Harness.Tests.Runs;

/// <summary>A run with bisection rounds feeds one progress display: every round planned into it, every unit once, one finish.</summary>
public class RunProgressTests
{
    [Fact]
    public void EveryRoundOfASearchJoinsOneDisplayThatFinishesOnce()
    {
        using var temp = new TempDirectory();
        var progress = new RecordingProgress();
        (int code, var tally, _) = HarnessRun.Run(temp.Path, ["C3"], models: ["v2"], progress: progress);
        Assert.Equal(ExitCodes.Ok, code);

        List<string> plans = [.. progress.Calls.Where(c => c.StartsWith("plan ", StringComparison.Ordinal))];
        Assert.True(plans.Count > 1, "C3's search should plan more than one round");
        Assert.Equal(tally.Rounds, plans.Count);
        int planned = plans.Sum(p => int.Parse(p.Split(' ')[1], CultureInfo.InvariantCulture));
        Assert.Equal(planned, progress.Calls.Count(c => c.StartsWith("ran ", StringComparison.Ordinal) || c.StartsWith("reused ", StringComparison.Ordinal)));
        Assert.Equal(["finish"], progress.Calls.Where(c => c == "finish"));
        Assert.Equal("finish", progress.Calls[^1]);
    }
}

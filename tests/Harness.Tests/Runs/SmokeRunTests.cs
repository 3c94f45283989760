using Repro.Theory.Experiments;
using Repro.Harness.Experiments;
using Repro.Harness.Results;
using Repro.Harness.Store;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Tests.Runs;

/// <summary>The smoke profile end to end, then again from the store.</summary>
public class SmokeRunTests
{
    [Fact]
    public void EveryClaimGetsAVerdictAndASecondRunReusesEverythingByteForByte()
    {
        using var temp = new TempDirectory();
        string[] all = ClaimRegistry.All.Select(c => c.Id).ToArray();
        (int code, RunTally first, string output) = HarnessRun.Run(temp.Path, all);

        var analyses = all.Select(id => ResultsWriter.Read(temp.Combine("results", id + ".json"))).ToList();
        foreach (ClaimAnalysis analysis in analyses)
        {
            Assert.Equal(2, analysis.Models.Count);
            Assert.All(analysis.Models, m => Assert.True(m.Verdict is not null || m.NotApplicableReason is not null, $"{analysis.ClaimId} {m.Model} has no verdict"));
            Assert.True(File.Exists(temp.Combine("results", analysis.ClaimId + ".csv")));
        }
        bool anyFail = analyses.SelectMany(a => a.Models).Any(m => m.Verdict?.Verdict == Verdict.Fail);
        Assert.Equal(anyFail ? ExitCodes.ClaimFailed : ExitCodes.Ok, code);
        Assert.Contains("C7", output);
        Assert.True(first.Executed > 0);
        Assert.All(analyses[0].Models, m => Assert.Equal(Verdict.Pass, m.Verdict!.Verdict));   // C1 is exact: it cannot fail

        Manifest manifest = Manifest.Load(temp.Combine(Manifest.FileName));
        Assert.Equal("smoke", manifest.Profile);
        Assert.Equal(14, manifest.Outputs.Count);
        Assert.Equal(analyses.SelectMany(a => a.Models).SelectMany(m => m.UnitKeys).Distinct().Count(), manifest.UnitKeys.Count);

        SortedDictionary<string, byte[]> before = HarnessRun.Snapshot(temp.Path);
        (int again, RunTally second, _) = HarnessRun.Run(temp.Path, all);
        Assert.Equal(code, again);
        Assert.Equal(0, second.Executed);
        Assert.Equal(first.Executed, second.Reused);
        HarnessRun.AssertSameFiles(before, HarnessRun.Snapshot(temp.Path));
    }
}

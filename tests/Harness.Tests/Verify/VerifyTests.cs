using Repro.Harness.Cli;
using Repro.Harness.Execution;
using Repro.Harness.Store;
using Repro.Harness.Verify;

namespace Repro.Harness.Tests.Verify;

/// <summary>`repro verify` on a fresh run and on runs altered by one digit, one file or one missing unit.</summary>
[Collection(SmallRunCollection.Name)]
public class VerifyTests(SmallRun run)
{
    [Fact]
    public void AFreshRunVerifiesBitwiseOnEveryUnit()
    {
        (int code, string output, string errors) = Verify(run.Folder);
        Manifest manifest = Manifest.Load(Path.Combine(run.Folder, Manifest.FileName));
        Assert.True(code == ExitCodes.Ok, errors + output);
        Assert.Equal(manifest.Outputs.Count + manifest.UnitKeys.Count, output.Split('\n').Count(line => line.TrimEnd().EndsWith(" MATCH", StringComparison.Ordinal)));
        Assert.Contains($"all {manifest.Outputs.Count + manifest.UnitKeys.Count} check(s) match", output);
        Assert.Empty(errors);
    }

    [Fact]
    public void ASingleDigitChangedInAStoredResultFailsNamingTheUnit()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"));
        string key = StoreTampering.FirstTrainingKey(folder);
        StoreTampering.ChangeLastDigit(folder, key, "steps");

        (int code, string output, string errors) = Verify(folder);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains($"unit {key[..12]}", errors);
        Assert.Contains("MISMATCH", errors);
        Assert.Contains("$.steps", output);
    }

    [Fact]
    public void ToleranceAcceptsALastDigitsChangeThatBitwiseRejects()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"));
        string key = StoreTampering.FirstTrainingKey(folder);
        StoreTampering.Nudge(folder, key, "targetVariance", 1e-14);

        Assert.Equal(ExitCodes.ClaimFailed, Verify(folder).Code);
        (int code, string output, _) = Verify(folder, tolerance: 1e-12);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("within tolerance; bytes differ", output);
    }

    [Fact]
    public void AnAlteredOutputFileFailsNamingTheFile()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"));
        string csv = Path.Combine(folder, "results", "C2.csv");
        string text = File.ReadAllText(csv);
        int digit = text.IndexOfAny("123456789".ToCharArray(), text.IndexOf('\n'));
        File.WriteAllText(csv, text[..digit] + (text[digit] == '9' ? '8' : (char)(text[digit] + 1)) + text[(digit + 1)..]);

        (int code, _, string errors) = Verify(folder, sample: 1);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains("file results/C2.csv MISMATCH", errors);
    }

    [Fact]
    public void AMissingUnitEntryFailsNamingTheUnit()
    {
        using var temp = new TempDirectory();
        string folder = run.CopyTo(temp.Combine("run"));
        string key = Manifest.Load(Path.Combine(folder, Manifest.FileName)).UnitKeys[^1];
        File.Delete(new ResultStore(Path.Combine(folder, "store")).PathFor(key));

        (int code, _, string errors) = Verify(folder, sample: 1);
        Assert.Equal(ExitCodes.ClaimFailed, code);
        Assert.Contains($"unit {key[..12]} MISSING", errors);
    }

    [Fact]
    public void VerifyOnlyReadsTheRunFolderAndTheSampleIsSeededAndDeterministic()
    {
        using var temp = new TempDirectory();
        SortedDictionary<string, byte[]> before = Runs.HarnessRun.Snapshot(run.Folder);
        string scratch = temp.Combine("scratch");
        (int code, string first, _) = Verify(run.Folder, sample: 4, scratch: scratch);
        Assert.Equal(ExitCodes.Ok, code);
        Runs.HarnessRun.AssertSameFiles(before, Runs.HarnessRun.Snapshot(run.Folder));
        Assert.Equal(4, new ResultStore(Path.Combine(scratch, "store")).Keys().Count);

        Assert.Equal(first, Verify(run.Folder, sample: 4).Output);
        Assert.NotEqual(first, Verify(run.Folder, sample: 4, seed: 1).Output);
    }

    [Fact]
    public void ANonEmptyScratchFolderIsBadInput()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("left-over"), "x");
        var e = Assert.Throws<UsageException>(() => Verify(run.Folder, sample: 1, scratch: temp.Path));
        Assert.Equal("--scratch", e.Field);
    }

    internal static (int Code, string Output, string Errors) Verify(string folder, int? sample = null, double? tolerance = null, string? scratch = null, int seed = 0,
        string? sourceDateEpoch = SmallRun.ReportEpoch)
    {
        var settings = new VerifySettings(Path.Combine(folder, Manifest.FileName), new ComparisonMode(tolerance), sample, seed, Jobs: 2, scratch, Verbose: false, sourceDateEpoch);
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = VerifyCommand.Run(settings, output, errors, NullProgress.Instance, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }
}

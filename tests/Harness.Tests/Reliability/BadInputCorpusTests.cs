using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Repro.Harness.Tests.Reliability;

/// <summary>
/// Every row of bad-input.tsv, run against the real `repro` as a child process (four at a time):
/// exit code 2, exactly one stderr line naming the field and what is allowed, no stack trace, and
/// the working folder — including a pre-existing output folder — byte-for-byte unchanged.
/// </summary>
public class BadInputCorpusTests(ITestOutputHelper log)
{
    [Fact]
    public void TheCorpusHasAtLeastFortyDistinctCases()
    {
        IReadOnlyList<BadInputCase> cases = BadInputCase.Load();
        Assert.True(cases.Count >= 40, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        Assert.Equal(cases.Count, cases.Select(c => (c.Setup, string.Join(' ', c.Arguments))).Distinct().Count());
    }

    [Fact]
    public async Task EveryBadInputGivesOneLineExitCode2AndChangesNothing()
    {
        var failures = new ConcurrentBag<string>();
        var skipped = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(BadInputCase.Load(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (badInput, _) =>
        {
            string? problem = await CheckAsync(badInput, skipped);
            if (problem is not null) failures.Add($"{badInput.Name}: {problem}");
        });
        foreach (string reason in skipped) log.WriteLine($"skipped {reason}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    /// <summary>Null when the case behaves; otherwise what went wrong.</summary>
    private static async Task<string?> CheckAsync(BadInputCase badInput, ConcurrentBag<string> skipped)
    {
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "a previous run's file");
        File.WriteAllText(temp.Combine("a-file"), "not a folder");
        switch (badInput.Setup)
        {
            case "-": break;
            case "store-is-file": File.WriteAllText(Path.Combine(output, "store"), "x"); break;
            case "results-is-file": File.WriteAllText(Path.Combine(output, "results"), "x"); break;
            case "manifest-is-dir": Directory.CreateDirectory(Path.Combine(output, "manifest.json")); break;
            case "unwritable": break;
            default: return $"unknown setup '{badInput.Setup}'";
        }
        using ReadOnlyFolder? readOnly = badInput.Setup == "unwritable" ? ReadOnlyFolder.TryCreate(output) : null;
        if (badInput.Setup == "unwritable" && readOnly is null)
        {
            skipped.Add($"{badInput.Name}: cannot make a folder unwritable here (privileged user, no mount)");
            return null;
        }

        FolderSnapshot before = FolderSnapshot.Take(temp.Path);
        ReproProcess.Completed run = await ReproProcess.RunAsync(temp.Path, badInput.Resolve(temp.Path));
        FolderSnapshot after = FolderSnapshot.Take(temp.Path);

        if (run.Code != ExitCodes.BadInput) return $"exit code {run.Code}, not 2; stderr: {run.Stderr}";
        if (run.StderrLines.Length != 1) return $"{run.StderrLines.Length} stderr lines, not 1: {run.Stderr}";
        string line = run.StderrLines[0];
        if (!line.Contains(badInput.Field, StringComparison.Ordinal)) return $"'{line}' does not name {badInput.Field}";
        if (!line.Contains(badInput.Allowed, StringComparison.Ordinal)) return $"'{line}' does not say '{badInput.Allowed}'";
        if (run.Stderr.Contains("   at ", StringComparison.Ordinal)) return "stack trace on stderr";
        if (run.Stdout.Length > 0) return $"stdout is not empty: {run.Stdout}";
        List<string> changes = before.Differences(after);
        return changes.Count == 0 ? null : $"the folder changed: {string.Join(", ", changes)}";
    }
}

using System.Diagnostics;
using System.Reflection;
using Repro.Harness.Cli;
using Repro.Harness.Store;
using Repro.Harness.Tests.Runs;
using Repro.Theory.Numerics;

namespace Repro.Harness.Tests;

/// <summary>The manifest names the commit the tool was built from, wherever it runs; Theory's bytes never carry it.</summary>
public class BuildCommitTests
{
    [Fact]
    public void ThisBuildKnowsItsCommitAndTheCheckoutHasIt()
    {
        BuildCommit build = BuildCommit.Current ?? throw new Xunit.Sdk.XunitException("repro.dll was built without its commit");
        Assert.Matches("^[0-9a-f]{40}([0-9a-f]{24})?$", build.Commit);
        Assert.NotNull(build.Time);
        Assert.Equal("commit", GitInCheckout("cat-file", "-t", build.Commit).Trim());
        Assert.Equal(build.Time!.Value.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            GitInCheckout("show", "-s", "--format=%ct", build.Commit).Trim());
    }

    [Fact]
    public void TheoryCarriesNoBuildCommit()
        => Assert.DoesNotContain(typeof(DetMath).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>(), a => a.Key.StartsWith("Repro.Build", StringComparison.Ordinal));

    [Fact]
    public void ARunFromOutsideTheCheckoutRecordsTheBuildsCommitAndDatesItsReport()
    {
        BuildCommit build = BuildCommit.Current!;
        using var temp = new TempDirectory();
        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["run", "--profile", "smoke", "--claims", "C1", "--models", "v2", "--jobs", "2", "--out", "out"]);
        Assert.True(code == ExitCodes.Ok, stderr);

        Manifest manifest = Manifest.Load(temp.Combine("out", Manifest.FileName));
        Assert.Equal(new GitInfo(build.Commit, build.Tree, null), manifest.Git);
        Assert.Equal(build.Time, ReportDate.Resolve(null, manifest.Git, temp.Path));
    }

    [Fact]
    public void ACheckoutAtAnotherCommitDoesNotNameTheRunsCode()
    {
        using var repo = new TempDirectory();
        ManifestTests.Git(repo, "init", "-q");
        File.WriteAllText(repo.Combine("a.txt"), "one\n");
        ManifestTests.Git(repo, "add", "a.txt");
        ManifestTests.Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "init");
        string head = ManifestTests.Git(repo, "rev-parse", "HEAD").Trim();
        var build = new BuildCommit(new string('a', 40), DateTimeOffset.UnixEpoch, GitTreeState.Clean);

        Assert.Equal(new GitInfo(build.Commit, GitTreeState.Clean, null), BuildCommit.Provenance(repo.Path, build));
        Assert.Equal(new GitInfo(head, GitTreeState.Clean, null), BuildCommit.Provenance(repo.Path, build with { Commit = head, Tree = GitTreeState.Dirty }));
        Assert.Equal(head, BuildCommit.Provenance(repo.Path, null).Commit); // a build without git: the checkout is all there is
    }

    private static string GitInCheckout(params string[] args)
    {
        string folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "Repro.sln"))) folder = Path.GetDirectoryName(folder)!;
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}

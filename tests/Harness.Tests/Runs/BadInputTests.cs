using System.Diagnostics;

namespace Repro.Harness.Tests.Runs;

/// <summary>Bad command lines: one line on stderr naming the option, exit code 2, nothing written.</summary>
public class BadInputTests
{
    public static TheoryData<string[], string> Cases() => new()
    {
        { ["run", "--claims", "C9"], "--claims" },
        { ["run", "--claims", "C1,,C2"], "--claims" },
        { ["run", "--models", "v3"], "--models" },
        { ["run", "--profile", "huge"], "--profile" },
        { ["run", "--jobs", "0"], "--jobs" },
        { ["run", "--jobs", "-3"], "--jobs" },
        { ["run", "--seeds", "ten"], "--seeds" },
        { ["run", "--seeds", "1e9"], "--seeds" },
        { ["reproduce", "--jobs", "9999"], "--jobs" },
        { ["run", "--no-such-option"], "--no-such-option" },
        { ["frobnicate"], "frobnicate" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadValuesAreRejectedWithOneLineAndExitCode2(string[] args, string named)
    {
        using var temp = new TempDirectory();
        string output = temp.Combine("out");
        (int code, string stderr) = Repro(temp.Path, [.. args, "--out", output]);
        Assert.Equal(2, code);
        string[] lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(named, lines[0]);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void AnOutputPathThatIsAFileIsRejected()
    {
        using var temp = new TempDirectory();
        string file = temp.Combine("a-file");
        File.WriteAllText(file, "x");
        (int code, string stderr) = Repro(temp.Path, ["run", "--profile", "smoke", "--out", file]);
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
        Assert.Equal(["a-file"], temp.Files());
        Assert.Equal("x", File.ReadAllText(file));
    }

    /// <summary>Runs the built `repro` (copied next to the tests) in <paramref name="workingDirectory"/>.</summary>
    internal static (int Code, string Stderr) Repro(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "repro.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }
}

using System.Text.RegularExpressions;

namespace Repro.Reports.Tests;

/// <summary>
/// Reports returns bytes and the harness writes them through its one atomic writer, whose sweep
/// removes a killed writer's temp files. A file write inside Reports would escape that sweep.
/// </summary>
public sealed partial class ReportsWritesNoFileTests
{
    /// <summary>Calls that create, change or remove files or folders (reading the fonts is fine).</summary>
    [GeneratedRegex(@"\bFile\.(Write|Create|Open|Append|Move|Copy|Delete|Replace)|\bDirectory\.(Create|Delete|Move)|\b(FileStream|StreamWriter|FileInfo|DirectoryInfo|SKFileWStream)\b")]
    private static partial Regex FileSystemCall();

    [Fact]
    public void NoSourceFileInReportsWritesToTheFileSystem()
    {
        string reports = Path.Combine(RepositoryRoot(), "Reports");
        string[] sources = [.. Directory.EnumerateFiles(reports, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];
        Assert.True(sources.Length > 20, $"found only {sources.Length} source files under {reports}");
        List<string> offenders = [.. sources.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal) && FileSystemCall().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(reports, x.f)}:{x.i + 1}: {x.line.Trim()}")];
        Assert.True(offenders.Count == 0, "file writes in Reports:\n" + string.Join("\n", offenders));
    }

    private static string RepositoryRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "Repro.sln"))) return dir;
        throw new InvalidOperationException($"no Repro.sln above {AppContext.BaseDirectory}");
    }
}

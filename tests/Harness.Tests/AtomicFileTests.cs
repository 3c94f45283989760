using System.Text;
using Repro.Harness.Store;

namespace Repro.Harness.Tests;

public class AtomicFileTests
{
    [Fact]
    public void WritesCreatesDirectoriesAndLeavesNoTempFile()
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("a", "b", "out.txt");

        AtomicFile.WriteAllText(path, "héllo\n");
        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("second"));

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(["a/b/out.txt"], dir.Files());
    }

    [Fact]
    public void TextIsUtf8WithoutBom()
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("t.txt");
        AtomicFile.WriteAllText(path, "é");
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, File.ReadAllBytes(path));
    }

    [Fact]
    public void AFailureMidWriteLeavesTheOriginalIntactAndNoTempFile()
    {
        using var dir = new TempDirectory();
        string path = dir.Combine("data.json");
        AtomicFile.WriteAllText(path, "original");

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("partial new content"u8);
            throw new IOException("disk full (simulated)");
        }));

        Assert.Equal("disk full (simulated)", error.Message);
        Assert.Equal("original", File.ReadAllText(path));
        Assert.Equal(["data.json"], dir.Files());
    }

    [Fact]
    public void SweepRemovesOrphanedAndOldTempFilesOnly()
    {
        using var dir = new TempDirectory();
        string host = TempFileName.Host;
        string live = Touch(dir, $".a.json.{host}.{Environment.ProcessId}.0123456789abcdef.tmp", age: TimeSpan.Zero);
        string orphan = Touch(dir, $".b.json.{host}.{int.MaxValue}.0123456789abcdef.tmp", age: TimeSpan.Zero);
        string otherHostFresh = Touch(dir, ".c.json.elsewhere.1234.0123456789abcdef.tmp", age: TimeSpan.Zero);
        string otherHostOld = Touch(dir, ".d.json.elsewhere.1234.0123456789abcdef.tmp", age: TimeSpan.FromHours(2));
        string foreign = Touch(dir, ".editor-swap.tmp", age: TimeSpan.FromHours(2));
        string nested = Touch(dir, $"ab/.e.json.{host}.{int.MaxValue}.fedcba9876543210.tmp", age: TimeSpan.Zero);

        int deleted = AtomicFile.SweepStaleTempFiles(dir.Path, olderThan: TimeSpan.FromHours(1));

        Assert.Equal(3, deleted);
        Assert.True(File.Exists(live));
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(otherHostFresh));
        Assert.False(File.Exists(otherHostOld));
        Assert.True(File.Exists(foreign));
        Assert.False(File.Exists(nested));
    }

    [Fact]
    public void TempNamesParseBack()
    {
        string name = TempFileName.For("x.y.json");
        Assert.StartsWith(".x.y.json.", name, StringComparison.Ordinal);
        Assert.True(TempFileName.TryParse(name, out string host, out int pid));
        Assert.Equal(TempFileName.Host, host);
        Assert.Equal(Environment.ProcessId, pid);
        Assert.False(TempFileName.TryParse(".x.json.tmp", out _, out _));
    }

    private static string Touch(TempDirectory dir, string relative, TimeSpan age)
    {
        string path = dir.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "partial");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}

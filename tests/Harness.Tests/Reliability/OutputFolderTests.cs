using Repro.Harness.Cli;

namespace Repro.Harness.Tests.Reliability;

/// <summary>--out values a command line cannot carry to a child process (argv strings end at NUL), checked in-process.</summary>
public class OutputFolderTests
{
    [Theory]
    [InlineData("out\0put")]
    [InlineData("\0")]
    [InlineData("")]
    public void APathWithANulCharacterOrEmptyIsBadInputAndCreatesNothing(string path)
    {
        using var temp = new TempDirectory();
        string relative = path.Length == 0 ? path : Path.Combine(temp.Path, path);
        UsageException error = Assert.Throws<UsageException>(() => OutputFolder.Check(relative));
        Assert.Equal("--out", error.Field);
        Assert.DoesNotContain('\0', error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void AFolderThatCanBeCreatedIsAcceptedAndNotCreated()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("a", "b");
        Assert.Equal(path, OutputFolder.Check(path));
        Assert.False(Directory.Exists(temp.Combine("a")));
        Assert.Empty(temp.Files());
    }
}

using Repro.Harness.Tests.Runs;

namespace Repro.Harness.Tests.Shards;

/// <summary>Bad --shard values: exit 2, one line naming --shard and the allowed form, nothing written.</summary>
public class ShardOptionTests
{
    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    [InlineData("1/3/5")]
    [InlineData("-1/3")]
    [InlineData("")]
    public void BadShardValuesAreRejected(string value)
    {
        using var temp = new TempDirectory();
        (int code, string stderr) = BadInputTests.Repro(temp.Path, ["run", "--profile", "smoke", "--shard", value, "--out", "out"]);
        Assert.Equal(2, code);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--shard", line);
        Assert.Contains("k/N", line);
        Assert.Empty(temp.Files());
    }
}

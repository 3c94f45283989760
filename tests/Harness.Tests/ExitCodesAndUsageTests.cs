namespace Repro.Harness.Tests;

public class ExitCodesAndUsageTests
{
    [Fact]
    public void ExitCodesAreTheDocumentedNumbers()
    {
        Assert.Equal(0, ExitCodes.Ok);
        Assert.Equal(1, ExitCodes.ClaimFailed);
        Assert.Equal(2, ExitCodes.BadInput);
        Assert.Equal(3, ExitCodes.Interrupted);
        Assert.Equal(4, ExitCodes.Internal);
    }

    [Fact]
    public void UsageMessagesAreOneLineNamingTheField()
    {
        var error = UsageException.OutOfRange("--jobs", 0, "1..64");
        Assert.Equal("--jobs: 0 is out of range (allowed: 1..64)", error.Message);
        Assert.Equal("--jobs", error.Field);
        Assert.Equal("--shard: expected k/N got 3 of 2", new UsageException("--shard", "expected k/N\ngot 3 of 2").Message);
    }
}

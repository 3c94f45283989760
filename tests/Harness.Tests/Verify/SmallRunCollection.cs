namespace Repro.Harness.Tests.Verify;

/// <summary>The verify and shard tests share one <see cref="SmallRun"/> (and so do not run in parallel with each other).</summary>
[CollectionDefinition(Name)]
public sealed class SmallRunCollection : ICollectionFixture<SmallRun>
{
    public const string Name = "small run";
}

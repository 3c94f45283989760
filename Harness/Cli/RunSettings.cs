using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Harness.Experiments;
using Repro.Harness.Shards;

namespace Repro.Harness.Cli;

/// <summary>A validated `run` / `reproduce` request.</summary>
/// <param name="OutputDirectory">Absolute path of the artifacts folder.</param>
/// <param name="Shard">When set, run only this shard's chains into the store (no analysis).</param>
internal sealed record RunSettings(
    IReadOnlyList<ClaimTest> Claims,
    ExperimentScope Scope,
    int Jobs,
    string OutputDirectory,
    bool Verbose,
    ShardSpec? Shard = null);

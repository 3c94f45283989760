using Repro.Harness.Experiments;

namespace Repro.Harness.Cli;

/// <summary>A validated `run` / `reproduce` request.</summary>
/// <param name="OutputDirectory">Absolute path of the artifacts folder.</param>
internal sealed record RunSettings(
    IReadOnlyList<IClaimExperiment> Claims,
    ExperimentScope Scope,
    int Jobs,
    string OutputDirectory,
    bool Verbose);

namespace Repro.Harness.Verify;

/// <summary>A validated `verify` request.</summary>
/// <param name="ManifestPath">Absolute path of the manifest to check.</param>
/// <param name="Sample">Re-run only this many units (seeded sample); null re-runs all.</param>
/// <param name="Seed">Seed of the sample.</param>
/// <param name="Scratch">Empty or new folder for the fresh results (kept); null: a temp folder, deleted afterwards.</param>
/// <param name="SourceDateEpoch">SOURCE_DATE_EPOCH for re-rendering the report (the value `repro report` was given).</param>
internal sealed record VerifySettings(string ManifestPath, ComparisonMode Mode, int? Sample, int Seed, int Jobs, string? Scratch, bool Verbose,
    string? SourceDateEpoch = null);

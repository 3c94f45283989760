namespace Repro.Harness.Verify;

/// <summary>The outcome of a verify: one row per file and per checked unit.</summary>
/// <param name="Rows">Files first (manifest order), then units (key order).</param>
/// <param name="UnitsRerun">Units recomputed in the scratch folder.</param>
/// <param name="UnitsIntact">Units not sampled whose entries exist and verify (hash, canonical form).</param>
/// <param name="KeysChanged">Re-run units whose key differs under this build (another Theory build; compared anyway).</param>
internal sealed record VerifyReport(IReadOnlyList<VerifyRow> Rows, int UnitsRerun, int UnitsIntact, int KeysChanged)
{
    public IEnumerable<VerifyRow> Failures => Rows.Where(r => !r.Passed);
}

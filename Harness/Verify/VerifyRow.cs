namespace Repro.Harness.Verify;

/// <summary>One line of the verify table.</summary>
/// <param name="Item">"file results/C1.json" or "unit 3fa2c1d09e8b (train v2 …)".</param>
/// <param name="Expected">What the manifest or the stored entry records (short hash).</param>
/// <param name="Got">What was found or recomputed (short hash, or "missing").</param>
/// <param name="Verdict">MATCH, MISMATCH, MISSING, CORRUPT or UNREADABLE.</param>
/// <param name="Detail">Where the difference is, or why the item could not be checked; empty when it matches.</param>
internal sealed record VerifyRow(string Item, string Expected, string Got, string Verdict, string Detail = "")
{
    public const string Match = "MATCH";

    public bool Passed => Verdict == Match;
}

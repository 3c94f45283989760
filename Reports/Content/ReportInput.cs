using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// Everything the report shows, already read and checked by the caller: Reports renders it and
/// never opens a results file or asks the clock.
/// </summary>
/// <param name="Analyses">One analysis per claim, in the order the sections appear.</param>
/// <param name="Claims">The catalogue entry of every analysed claim (statement, paper reference, predicted form, rule).</param>
/// <param name="Provenance">Where the numbers came from (code, machine, manifest).</param>
/// <param name="Date">The one date of the report (from SOURCE_DATE_EPOCH or the commit time, never the clock).</param>
/// <param name="Compute">The compute time behind the results, as an estimate with its basis.</param>
public sealed record ReportInput(
    IReadOnlyList<ClaimAnalysis> Analyses,
    IReadOnlyList<Claim> Claims,
    ReportProvenance Provenance,
    DateTimeOffset Date,
    ComputeEstimate Compute)
{
    /// <summary>The catalogue entry of <paramref name="analysis"/>; throws when the caller did not supply it.</summary>
    public Claim ClaimOf(ClaimAnalysis analysis)
        => Claims.FirstOrDefault(c => string.Equals(c.Id, analysis.ClaimId, StringComparison.Ordinal))
           ?? throw new ArgumentException($"no catalogue entry for claim '{analysis.ClaimId}'", nameof(analysis));
}

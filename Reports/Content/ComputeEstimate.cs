namespace Repro.Reports.Content;

/// <summary>
/// Compute time behind the results. The store records no timings (results are deterministic and
/// must not depend on the machine's speed), so this is an estimate and is always labelled so.
/// </summary>
/// <param name="CpuSeconds">Estimated single-core seconds.</param>
/// <param name="Units">Units the estimate covers.</param>
/// <param name="Basis">What the estimate is, in a few words (e.g. "upper estimate of the plan").</param>
public sealed record ComputeEstimate(double CpuSeconds, int Units, string Basis);

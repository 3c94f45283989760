namespace Repro.Theory.Claims.Analysis;

/// <summary>
/// Everything the report shows for one claim: per model, the measured series beside the
/// prediction, the constants behind the prediction and the verdict with its rule.
/// </summary>
/// <param name="ClaimId">"C1" … "C7".</param>
/// <param name="Profile">The profile the numbers come from ("smoke", "review", "full").</param>
/// <param name="Models">One analysis per model, v1 first.</param>
/// <param name="ReproduceCommand">The exact command that reproduces this claim alone.</param>
public sealed record ClaimAnalysis(
    string ClaimId,
    string Profile,
    IReadOnlyList<ModelAnalysis> Models,
    string ReproduceCommand);

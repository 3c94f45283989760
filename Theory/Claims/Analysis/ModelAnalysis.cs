namespace Repro.Theory.Claims.Analysis;

/// <summary>One claim on one model.</summary>
/// <param name="Model">"v1" (full matrix, arXiv:2402.12241v1) or "v2" (diagonal, v2).</param>
/// <param name="Verdict">The verdict, or null when the claim does not apply to this model.</param>
/// <param name="NotApplicableReason">Why the claim does not apply (when <paramref name="Verdict"/> is null).</param>
/// <param name="Figures">Measured vs predicted, as plotted.</param>
/// <param name="Constants">The constants of the predicted form, each with its provenance.</param>
/// <param name="Settings">The fixed settings of the experiment, as "name = value" pairs.</param>
/// <param name="UnitKeys">The store keys of every unit behind the numbers, sorted.</param>
/// <param name="Divergence">Diverged training runs among those units (null: the claim trains nothing).</param>
/// <param name="DescriptiveReason">When set, this model's results are descriptive (not a test of the theorem), and why.</param>
public sealed record ModelAnalysis(
    string Model,
    VerdictResult? Verdict,
    string? NotApplicableReason,
    IReadOnlyList<FigureData> Figures,
    IReadOnlyList<ConstantValue> Constants,
    IReadOnlyList<SettingValue> Settings,
    IReadOnlyList<string> UnitKeys,
    DivergenceSummary? Divergence = null,
    string? DescriptiveReason = null)
{
    /// <summary>Descriptive: a verdict was computed but the model is not a test of the claim (<see cref="DescriptiveReason"/>).</summary>
    public bool IsDescriptive => Verdict is not null && DescriptiveReason is not null;

    /// <summary>The verdict a reader (or an exit code) may take as one: null when not applicable or descriptive.</summary>
    public VerdictResult? Judged => IsDescriptive ? null : Verdict;
}

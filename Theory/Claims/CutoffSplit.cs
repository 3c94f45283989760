using Repro.Theory.Experiments.Units;
using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// How C4 splits its (route, λ) settings between part (a), below the cutoff, and part (b), at and above it: on the λ the
/// theorem uses, the ball's σ₁(α + ρ/√m) — largest over the setting's runs, the latest to saturate — not the nominal λ = aα,
/// which a setting can keep below 1 while its ball's λ reaches 1. The analysis decides with it and the texts print it.
/// </summary>
/// <param name="Cutoff">The λ at which the memory factor S_T(λ) stops saturating.</param>
public sealed record CutoffSplit(double Cutoff = 1)
{
    /// <summary>The split's quantity as printed.</summary>
    public const string Quantity = "the ball λ = σ₁(α + ρ/√m), the largest over a setting's runs (σ₁‖W(0)‖₂ for an unprojected run), not the nominal λ = aα";

    /// <summary>One run's λ: the ball's when it was projected, else the initial one.</summary>
    public static double LambdaOf(TrainingOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return double.IsFinite(run.BallLambda) ? run.BallLambda : run.InitialLambda;
    }

    /// <summary>The setting's λ: the largest of its runs'.</summary>
    public static double LambdaOf(IEnumerable<TrainingOutcome> runs) => runs.Max(LambdaOf);

    /// <summary>Whether a setting of this λ goes to part (a).</summary>
    public bool BelowCutoff(double lambda) => lambda < Cutoff;

    /// <summary>"(a)" or "(b)".</summary>
    public string Part(double lambda) => BelowCutoff(lambda) ? "(a)" : "(b)";

    public string Describe() => Invariant($"settings split on {Quantity}: (a) where it is < {Cutoff}, (b) where it is ≥ {Cutoff}");
}

using Repro.Theory.Bounds;
using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>
/// The claims C1…C7 the project reproduces, with stable IDs, listable from code. Versions:
/// arXiv:2402.12241v1 (19 Feb 2024; full hidden-to-hidden matrix, bounds on m and τ) is the
/// version of record; v2 (10 Oct 2024; diagonal hidden-to-hidden matrices, improved width
/// bounds) refines it. Every claim is run on both models. Theorem numbers are not pinned here:
/// references name the abstract's statement and the part of the analysis, and say when the
/// quantitative form is the standard reading (MODEL.md) rather than a quoted theorem.
/// </summary>
public static class ClaimCatalogue
{
    private const string Paper = "arXiv:2402.12241";

    /// <summary>C1: symmetric initialization gives the zero function.</summary>
    public static Claim C1 { get; } = new(
        "C1",
        "Symmetric initialization gives the zero function",
        $"{Paper}v1 and v2, initialization of the analysis (standard reading of the symmetric initialization); both models.",
        "Under the symmetric initialization every neuron i ≤ m/2 has a twin i + m/2 with the same parameters and the opposite output "
        + "weight, so the twins produce equal and opposite terms at every time step and the network output F(X; Θ(0)) is exactly zero "
        + "for every input sequence. The analysis starts from this point so that the initial network contributes no error of its own.",
        "max over inputs X and seeds of |F(X; Θ(0))|, for the v1 (full matrix) and v2 (diagonal) models.",
        "0 exactly.",
        [CheckKind.Exact],
        Invariant($"PASS if the maximum is ≤ {VerdictThresholds.ExactTolerance} (exact zero); FAIL otherwise, NaN included; INCONCLUSIVE if nothing was measured."));

    /// <summary>C2: the hidden-state smoothness bounds that create the cutoff.</summary>
    public static Claim C2 { get; } = new(
        "C2",
        "Hidden-state smoothness bounds (the cutoff mechanism)",
        $"{Paper}v2 (diagonal model) and v1 (‖W‖₂ analogue): local smoothness of the hidden state in the learnable parameters, named in the abstract as the basis of the analysis; the bounds are derived exactly from the recursion (standard reading).",
        "How much the final hidden state can move when one neuron's parameters move is bounded by the memory factor S_T(λ) = Σ_{k<T} λ^k, "
        + "where λ is the activation's Lipschitz constant σ₁ times the largest recurrent weight magnitude reachable inside the projection ball. "
        + "Below λ = 1 this factor stays bounded as T grows, at λ = 1 it grows like T and above it grows exponentially: this is the cutoff. "
        + "The bounds follow exactly from the chain rule, so they must hold for every input with ‖x_t‖ ≤ 1 at every point of training; "
        + "a measured value above them is a bug, not a finding.",
        "max over data, neurons and training steps of ‖∂h_T/∂u_i‖ and |∂h_T/∂w_i| (v2), ‖∂H_T/∂U_i‖ and ‖∂H_T/∂W_i‖ (v1), each against its bound.",
        "‖∂h_T/∂u‖ ≤ σ₁S_T(λ) and |∂h_T/∂w| ≤ σ₀σ₁S_{T−1}(λ), with λ = σ₁(α + ρ/√m) for v2; for v1 λ = σ₁‖W‖₂ and the second bound carries ‖H_{t−1}‖₂ ≤ √m·σ₀.",
        [CheckKind.Bound],
        Invariant($"FAIL if any measured value exceeds its bound by more than a relative {VerdictThresholds.BoundRelativeSlack:0E0} (rounding); PASS if none does; INCONCLUSIVE if nothing was measured or every bound is +∞ (ρ = ∞ without a measured weight norm)."));

    /// <summary>C3: width grows only logarithmically in n.</summary>
    public static Claim C3 { get; } = new(
        "C3",
        "Width grows only logarithmically in n",
        $"{Paper}v1, abstract and main width bound (m logarithmic in the sample size n); refined in v2 (improved width bound, diagonal model). Both models are run.",
        "An appropriately initialized RNN trained on n samples reaches the target training loss with a width that grows only like log n, "
        + "because n enters only through a union bound over the samples; earlier analyses needed a width polynomial in n. "
        + "So the smallest sufficient width, measured over many octaves of n, should follow a + b·log n, and a power law c·n^p should fit it worse.",
        Invariant($"m*(n): the smallest width reaching relative training loss ≤ ε in at least {PaperConstants.WidthSuccessFraction:0%} of seeds, for n over at least {PaperConstants.MinimumSampleOctaves} octaves (bisection over m)."),
        "m* = a + b·log n (a, b fitted); a power law c·n^p is rejected.",
        [CheckKind.Rate],
        Invariant($"Both laws are fitted by least squares on the m scale to the calibration slice (the lowest {VerdictThresholds.CalibrationFraction:0%} of the n values) and scored on the held-out slice (the larger n) by Δ = N·ln(SSE_power/SSE_log), the predictive log-likelihood ratio (the AIC difference, equal parameter counts). PASS if Δ ≥ {VerdictThresholds.ModelPreferenceDelta} (or the lower end of its bootstrap CI over seeds is); FAIL if Δ ≤ −{VerdictThresholds.ModelPreferenceDelta}; INCONCLUSIVE otherwise or with fewer than {VerdictThresholds.MinimumComparisonPoints} held-out points."));

    /// <summary>C4: a cutoff in T set by λ.</summary>
    public static Claim C4 { get; } = new(
        "C4",
        "A cutoff in the sequence length set by λ",
        $"{Paper}v1, abstract (long-term dependencies change the convergence and width bounds, with a cutoff set by the activation's Lipschitz constant); restated for the diagonal model in v2. Both models are run.",
        "How the cost of learning grows with the sequence length T depends on λ = σ₁ × (recurrent scale). Below the cutoff (λ < 1) the memory "
        + "factor saturates at 1/(1−λ) and the cost stays bounded in T; at λ = 1 it grows polynomially; above it (λ > 1) it grows "
        + "exponentially with rate log λ. Changing the activation's scale moves λ, and with it the cutoff, independently of the recurrent scale α.",
        "m* (or the relative loss at fixed m and τ) versus T, for λ below, at and above 1.",
        "y ∝ S_T(λ)^k: bounded for λ < 1; polynomial (ln y linear in ln T, slope → k) at λ = 1; exponential (ln y linear in T, rate → k·log λ) for λ > 1; k fitted on the calibration slice.",
        [CheckKind.Cutoff, CheckKind.Rate],
        Invariant($"k is fitted (ln y on ln S_T(λ)) on the calibration slice (the lowest {VerdictThresholds.CalibrationFraction:0%} of T for every λ); on the held-out T, each regime's growth rate (slope of ln y on T, or on ln T at λ = 1) is estimated with a CI over seeds and compared with the rate the shape S_T(λ)^k gives on the same T grid, within max({VerdictThresholds.RateRelativeTolerance:0%} of it, {VerdictThresholds.RateAbsoluteLogGrowthTolerance} / range of the regressor). PASS if every regime's CI lies inside its band and all three regimes are present; FAIL if any regime's CI lies entirely outside; INCONCLUSIVE otherwise."));

    /// <summary>C5: iteration complexity.</summary>
    public static Claim C5 { get; } = new(
        "C5",
        "Iteration complexity τ* = O(1/ε)",
        $"{Paper}v1, abstract and main convergence bound (iteration complexity τ in terms of T, n, d); v2 focuses on the width. Both models are run.",
        "Projected gradient descent with step size η reaches averaged training loss ≤ ε within about C_τ·ν̄²/(ηε) iterations, where ν̄ bounds "
        + "the target's transport map. This is an upper bound: the iteration count may grow more slowly in 1/ε than predicted, but not faster. "
        + "Through the stable step size η ∝ 1/S_T(λ)² it grows with the memory factor.",
        "τ*(ε): the smallest number of iterations for which the averaged loss is ≤ ε, over a range of ε at a stated η; and τ* across settings with different S_T(λ).",
        Invariant($"τ* ≤ C_τ·ν̄{Power(PaperConstants.IterationTransportExponent)}/(η·ε{Power(PaperConstants.IterationAccuracyExponent)}): slope of ln τ* on ln(1/ε) at most {PaperConstants.IterationAccuracyExponent}; τ* increasing in S_T(λ)."),
        [CheckKind.Rate],
        Invariant($"No constant is fitted for the slopes (the exponent is the prediction), so all settings are used. PASS if the CI of the slope of ln τ* on ln(1/ε) lies at or below {PaperConstants.IterationAccuracyExponent} + {VerdictThresholds.IterationSlopeTolerance} and the CI of the slope of ln τ* on ln S_T(λ) lies above 0; FAIL if either lies entirely on the wrong side; INCONCLUSIVE otherwise."));

    /// <summary>C6: the kernel (lazy) regime.</summary>
    public static Claim C6 { get; } = new(
        "C6",
        "Training stays in the kernel (lazy) regime",
        $"{Paper}v1 and v2: kernel-regime analysis with max-norm projection (abstract: NTK-type transport class; local smoothness of the hidden state); the error's form is the standard reading.",
        "Each neuron's parameters stay within ρ/√m of their initial values, so the network stays close to its linearization around the "
        + "initialization: the gap between the network and its first-order Taylor expansion is of order β_T·ρ²/√m, where β_T is the hidden "
        + "state's smoothness constant (growing like S_T(λ)³), and therefore shrinks at least like m^(−1/2) as the width grows (the form is an upper bound).",
        "max_i √m·‖θ_i(τ) − θ_i(0)‖ along training; the linearization error max_X |F(X;Θ) − F_lin(X;Θ)| at the end of training, over widths m.",
        Invariant($"√m·‖θ_i − θ_i(0)‖ ≤ ρ; linearization error ∝ β_T·ρ²/√m, i.e. slope −{PaperConstants.LinearizationWidthExponent} of its logarithm on ln m."),
        [CheckKind.Bound, CheckKind.Rate],
        Invariant($"Bound: FAIL if any neuron's √m·‖θ_i − θ_i(0)‖ exceeds ρ by more than a relative {VerdictThresholds.BoundRelativeSlack:0E0}. Slope (no constant fitted, all widths used; the form is an upper bound, so faster decay is consistent with it): PASS if the CI of the slope of ln(error) on ln m lies at or below −{PaperConstants.LinearizationWidthExponent} + {VerdictThresholds.LinearizationSlopeTolerance}, FAIL if entirely above, INCONCLUSIVE otherwise. The claim takes the worse of the two."));

    /// <summary>C7: log n enters only through a union bound.</summary>
    public static Claim C7 { get; } = new(
        "C7",
        "log n enters only through a union bound",
        $"{Paper}v1, abstract (width logarithmic in n via the random-feature approximation of the transport class); same mechanism in v2. The Hoeffding-plus-union-bound form is the standard reading.",
        "The infinite-width target is approximated by the m random features present at initialization. By Hoeffding's inequality and a "
        + "union bound over the n samples, the worst error over the data at the transported comparator is of order √(log(n/δ)/m). "
        + "This is the only place where n enters the width bound, which is why the width needs to grow only logarithmically in n.",
        "max over the n samples of |F_m(X_j) − f*(X_j)| at the transported comparator, the random-feature error, over widths m and sample sizes n.",
        Invariant($"∝ √({PaperConstants.HoeffdingFactor}·log({PaperConstants.UnionBoundMultiplier}n/δ)/m): slope −{PaperConstants.RandomFeatureWidthExponent} of ln(error) on ln m; and, the union bound, max_j |e_j| ≤ RMS_j |e_j|·√({PaperConstants.HoeffdingFactor}·log({PaperConstants.UnionBoundMultiplier}n/δ)) in all but a fraction δ of runs, at every n."),
        [CheckKind.Rate, CheckKind.Bound],
        Invariant($"No constant is fitted, so all settings are used. PASS if the CI of the slope of ln(error) on ln m lies inside −{PaperConstants.RandomFeatureWidthExponent} ± {VerdictThresholds.RandomFeatureSlopeTolerance} and the Clopper–Pearson CI of the frequency of union-bound violations lies at or below δ = {PaperConstants.FailureProbability}; FAIL if either lies entirely outside; INCONCLUSIVE otherwise."));

    /// <summary>All claims in ID order.</summary>
    public static IReadOnlyList<Claim> All { get; } = [C1, C2, C3, C4, C5, C6, C7];

    /// <summary>The claim with this ID (case-insensitive), e.g. Get("C3").</summary>
    /// <exception cref="KeyNotFoundException">No claim has this ID.</exception>
    public static Claim Get(string id)
        => TryGet(id, out var claim)
            ? claim
            : throw new KeyNotFoundException($"No claim '{id}'. Known: {string.Join(", ", All.Select(c => c.Id))}.");

    /// <summary>The claim with this ID, if any.</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim)
    {
        ArgumentNullException.ThrowIfNull(id);
        claim = All.FirstOrDefault(c => string.Equals(c.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        return claim is not null;
    }

    /// <summary>An exponent as it reads in a formula: nothing for 1, superscript digits for small integers, ^p otherwise.</summary>
    private static string Power(double exponent)
    {
        if (exponent == 1) return "";
        if (exponent == Math.Floor(exponent) && exponent is >= 0 and <= 9) return "⁰¹²³⁴⁵⁶⁷⁸⁹"[(int)exponent].ToString();
        return Invariant($"^{exponent}");
    }
}

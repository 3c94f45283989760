namespace Repro.Theory.Bounds;

/// <summary>
/// The exact parameter-Lipschitz bounds of the final hidden state, the paper's "local smoothness
/// of the hidden state" that creates the cutoff (claim C2): ‖∂h_T/∂u‖ ≤ σ₁S_T(λ) and
/// |∂h_T/∂w| ≤ σ₀σ₁S_{T−1}(λ), for every input with ‖x_t‖₂ ≤ 1.
/// </summary>
/// <remarks>
/// Derivation (v2, one neuron): ∂h_t/∂u = σ'(z_t)(w·∂h_{t−1}/∂u + x_t), so g_t ≤ σ₁ + λg_{t−1}
/// with g_0 = 0 and λ = σ₁|w|, giving g_T ≤ σ₁S_T(λ). Likewise ∂h_t/∂w = σ'(z_t)(h_{t−1} + w·∂h_{t−1}/∂w)
/// with |h_{t−1}| ≤ σ₀ and h_0 = 0, giving σ₀σ₁S_{T−1}(λ). For v1 (full W) the same recursion
/// holds for the whole state vector with |w| replaced by ‖W‖₂; in ∂z_t/∂W_i = e_i H_{t−1}ᵀ the
/// previous state enters with ‖H_{t−1}‖₂ ≤ √m·σ₀, so the recurrent-row bound carries the factor
/// <see cref="StateNormFactor"/> = √m (see <see cref="FullMatrix"/>). These are not fitted: a
/// measured value above them is a bug.
/// </remarks>
/// <param name="Sigma0">σ₀ = sup|σ|.</param>
/// <param name="Sigma1">σ₁ = sup|σ'| (the activation's Lipschitz constant).</param>
/// <param name="Lambda">λ = σ₁ × (bound on the recurrent weight magnitude, |w_i| or ‖W‖₂).</param>
/// <param name="SequenceLength">T ≥ 0.</param>
public sealed record HiddenStateBounds(double Sigma0, double Sigma1, double Lambda, int SequenceLength)
{
    /// <summary>Bound on the norm of the previous state, in units of σ₀: 1 for one neuron (v2), √m for the state vector (v1).</summary>
    public double StateNormFactor { get; init; } = 1.0;

    /// <summary>‖∂h_T/∂u‖₂ ≤ σ₁·S_T(λ) (v1: ‖∂H_T/∂U_i‖₂).</summary>
    public double InputWeightBound => Sigma1 * MemoryFactor.Evaluate(Lambda, SequenceLength);

    /// <summary>|∂h_T/∂w| ≤ σ₀σ₁·S_{T−1}(λ) (v1: ‖∂H_T/∂W_i‖₂ ≤ √m·σ₀σ₁·S_{T−1}(λ)); 0 for T ≤ 1 since h_0 = 0.</summary>
    public double RecurrentWeightBound => SequenceLength <= 1
        ? 0.0
        : StateNormFactor * Sigma0 * Sigma1 * MemoryFactor.Evaluate(Lambda, SequenceLength - 1);

    /// <summary>‖∇_θ h_T‖₂ ≤ √(InputWeightBound² + RecurrentWeightBound²), the whole per-neuron gradient.</summary>
    public double ParameterGradientBound => Hypot(InputWeightBound, RecurrentWeightBound);

    /// <summary>The regime of λ (below, at or above the cutoff).</summary>
    public MemoryRegime Regime => MemoryFactor.Regime(Lambda);

    /// <summary>
    /// v2 λ = σ₁(α + ρ/√m): every |w_i| inside the projection ball of radius ρ/√m around an
    /// initial value in [−α, α] is at most α + ρ/√m. ρ = +∞ (no projection) gives λ = +∞.
    /// </summary>
    public static double DiagonalLambda(double sigma1, double alpha, double rho, int width)
    {
        RequirePositiveFinite(sigma1, nameof(sigma1));
        RequireNonNegative(alpha, nameof(alpha));
        RequireNonNegative(rho, nameof(rho));
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (double.IsPositiveInfinity(rho) || double.IsPositiveInfinity(alpha)) return double.PositiveInfinity;
        return sigma1 * (alpha + rho / Math.Sqrt(width));
    }

    /// <summary>v1 λ = σ₁‖W‖₂ for a given (measured or bounded) spectral norm.</summary>
    public static double FullMatrixLambda(double sigma1, double spectralNorm)
    {
        RequirePositiveFinite(sigma1, nameof(sigma1));
        RequireNonNegative(spectralNorm, nameof(spectralNorm));
        return double.IsPositiveInfinity(spectralNorm) ? double.PositiveInfinity : sigma1 * spectralNorm;
    }

    /// <summary>
    /// v1 λ valid along the whole projected trajectory: row-wise projection to ρ/√m gives
    /// ‖W − W(0)‖_F ≤ ρ, hence ‖W‖₂ ≤ ‖W(0)‖₂ + ρ and λ = σ₁(‖W(0)‖₂ + ρ); ρ = +∞ gives +∞.
    /// </summary>
    public static double FullMatrixLambdaInBall(double sigma1, double initialSpectralNorm, double rho)
    {
        RequireNonNegative(rho, nameof(rho));
        return FullMatrixLambda(sigma1, initialSpectralNorm + rho);
    }

    /// <summary>v2 bounds with λ = σ₁(α + ρ/√m) (valid at every point inside the projection ball).</summary>
    public static HiddenStateBounds Diagonal(double sigma0, double sigma1, double alpha, double rho, int width, int sequenceLength)
    {
        RequireNonNegative(sigma0, nameof(sigma0));
        return new HiddenStateBounds(sigma0, sigma1, DiagonalLambda(sigma1, alpha, rho, width), sequenceLength);
    }

    /// <summary>v1 bounds for a state-vector RNN whose ‖W‖₂ is at most <paramref name="spectralNorm"/>.</summary>
    public static HiddenStateBounds FullMatrix(double sigma0, double sigma1, double spectralNorm, int width, int sequenceLength)
    {
        RequireNonNegative(sigma0, nameof(sigma0));
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return new HiddenStateBounds(sigma0, sigma1, FullMatrixLambda(sigma1, spectralNorm), sequenceLength)
        {
            StateNormFactor = Math.Sqrt(width),
        };
    }

    private static double Hypot(double a, double b)
    {
        if (double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b)) return double.PositiveInfinity;
        double scale = Math.Max(Math.Abs(a), Math.Abs(b));
        if (scale == 0) return 0;
        double ra = a / scale, rb = b / scale;
        return scale * Math.Sqrt(ra * ra + rb * rb);
    }

    private static void RequirePositiveFinite(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, "Must be positive and finite.");
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (double.IsNaN(value) || value < 0)
            throw new ArgumentOutOfRangeException(name, value, "Must be non-negative.");
    }
}

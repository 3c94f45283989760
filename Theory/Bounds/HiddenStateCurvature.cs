namespace Repro.Theory.Bounds;

/// <summary>
/// β_T, the exact worst-case bound on ‖∇²_θ h_T‖₂ (θ = (w, u), operator norm) of the diagonal
/// neuron, for every input with ‖x_t‖₂ ≤ 1 and every |w| ≤ λ/σ₁ — the second-derivative
/// counterpart of <see cref="HiddenStateBounds"/> — and the linearization error it implies.
/// </summary>
/// <remarks>
/// Derivation. z_t = w·h_{t−1} + ⟨u, x_t⟩, h_t = σ(z_t), h_0 = 0, g_t = ∇_θ h_t, H_t = ∇²_θ h_t. Then
/// ∇z_t = e₀h_{t−1} + (0, x_t) + w·g_{t−1},  g_t = σ'(z_t)∇z_t,
/// H_t = σ''(z_t)∇z_t∇z_tᵀ + σ'(z_t)(e₀g_{t−1}ᵀ + g_{t−1}e₀ᵀ) + σ'(z_t)·w·H_{t−1}.
/// Bounds, with ω = λ/σ₁ ≥ |w| and S_k = S_k(λ):
/// (1) ∂z_t/∂w = h_{t−1} + w·∂h_{t−1}/∂w and ∂z_t/∂u = x_t + w·∂h_{t−1}/∂u give, as in HiddenStateBounds,
///     |∂z_t/∂w| ≤ σ₀S_{t−1} and ‖∂z_t/∂u‖ ≤ S_t, so ‖∇z_t‖ ≤ Z_t = √(σ₀²S_{t−1}² + S_t²);
///     and |g_{t,0}| ≤ σ₁σ₀S_{t−1}, ‖g_t‖ ≤ σ₁Z_t.
/// (2) e₀gᵀ + geᵀ₀ is symmetric of rank 2 with eigenvalues g₀ ± ‖g‖, so its norm is |g₀| + ‖g‖.
/// (3) Hence ‖H_t‖ ≤ Q_t = σ₂Z_t² + σ₁(σ₁σ₀S_{t−2} + σ₁Z_{t−1}) + λQ_{t−1}, with Q_0 = 0 and the
///     coupling term absent at t = 1 (g_0 = 0): Q_1 = σ₂ (‖x_1‖ ≤ 1). β_T = Q_T.
/// σ'' and σ' are bounded by their suprema separately (for tanh they peak at different z), so the
/// bound is valid but not attained; the tests report how close adversarial inputs come.
/// Linearization. F(Θ) − F_lin(Θ) = (1/√m)Σ_i c_i·R_i with R_i the second-order Taylor remainder of
/// h_T(θ_i) around θ_i(0): |R_i| ≤ ½·sup‖H‖·‖θ_i − θ_i(0)‖² ≤ ½β_T(ρ/√m)², the sup taken on the
/// segment, which lies in the ball (|w| ≤ α + ρ/√m, so λ = σ₁(α + ρ/√m)). Summing m terms:
/// |F − F_lin| ≤ (1/√m)·m·½β_Tρ²/m = β_Tρ²/(2√m), for every Θ in the ball and every input.
/// </remarks>
/// <param name="Sigma0">σ₀ = sup|σ|.</param>
/// <param name="Sigma1">σ₁ = sup|σ'|.</param>
/// <param name="Sigma2">σ₂ = sup|σ''|.</param>
/// <param name="Lambda">λ = σ₁ × (bound on |w|).</param>
/// <param name="SequenceLength">T ≥ 1.</param>
public sealed record HiddenStateCurvature(double Sigma0, double Sigma1, double Sigma2, double Lambda, int SequenceLength)
{
    /// <summary>β_T ≥ ‖∇²_θ h_T‖₂ (+∞ for λ = +∞ and T ≥ 2).</summary>
    public double HessianBound
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(SequenceLength, 1);
            if (SequenceLength == 1) return Sigma2;
            if (double.IsPositiveInfinity(Lambda)) return double.PositiveInfinity;
            double previousS = 0, s = 1;            // S_{t−1}, S_t at t = 1
            double previousZ = 0, q = Sigma2;        // Z_0, Q_1 (Z_1 = 1)
            double z = 1;
            for (int t = 2; t <= SequenceLength; t++)
            {
                double sBeforePrevious = previousS;  // S_{t−2}
                previousS = s;                       // S_{t−1}
                s = 1.0 + Lambda * s;                // S_t
                previousZ = z;                       // Z_{t−1}
                z = Math.Sqrt(Sigma0 * Sigma0 * previousS * previousS + s * s);
                q = Sigma2 * z * z + Sigma1 * (Sigma1 * Sigma0 * sBeforePrevious + Sigma1 * previousZ) + Lambda * q;
            }
            return q;
        }
    }

    /// <summary>β_Tρ²/(2√m): the bound on |F(X; Θ) − F_lin(X; Θ)| for every Θ in the ball of radius ρ/√m per neuron.</summary>
    public double LinearizationErrorBound(double rho, int width)
    {
        if (double.IsNaN(rho) || rho < 0) throw new ArgumentOutOfRangeException(nameof(rho), rho, "ρ must be non-negative.");
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return HessianBound * rho * rho / (2.0 * Math.Sqrt(width));
    }

    /// <summary>v2 curvature bound valid in the whole projection ball: λ = σ₁(α + ρ/√m).</summary>
    public static HiddenStateCurvature Diagonal(double sigma0, double sigma1, double sigma2, double alpha, double rho, int width, int sequenceLength)
    {
        if (double.IsNaN(sigma0) || sigma0 < 0) throw new ArgumentOutOfRangeException(nameof(sigma0), sigma0, "σ₀ must be non-negative.");
        if (double.IsNaN(sigma2) || sigma2 < 0) throw new ArgumentOutOfRangeException(nameof(sigma2), sigma2, "σ₂ must be non-negative.");
        ArgumentOutOfRangeException.ThrowIfLessThan(sequenceLength, 1);
        return new HiddenStateCurvature(sigma0, sigma1, sigma2, HiddenStateBounds.DiagonalLambda(sigma1, alpha, rho, width), sequenceLength);
    }
}

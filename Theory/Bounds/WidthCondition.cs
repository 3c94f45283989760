using Repro.Theory.Rnn;

namespace Repro.Theory.Bounds;

/// <summary>
/// The width condition behind the theorem's τ(ε), for one run of the diagonal model: the linearization remainder
/// R = β_Tρ²/(2√m) (the bound on |F − F_lin| in the ball, <see cref="HiddenStateCurvature"/>) must stay below the room the
/// comparator leaves, √(2ε·Var) − √(2R̂(Θ̄)) in RMS output units (R̂ = (1/2n)Σ(F − y)²). By the triangle inequality in RMS,
/// √(2R̂(Θ)) ≤ √(2R̂_lin(Θ)) + R, so where R is at least the room no linearization argument can certify ε: the theorem's
/// τ(ε) is +∞ there, and τ* ≤ B (<see cref="IterationBound"/>) is a statement stronger than the theorem.
/// </summary>
/// <param name="Remainder">R = β_Tρ²/(2√m), output units.</param>
/// <param name="Room">√(2ε·Var) − √(2R̂(Θ̄)), output units (≤ 0 when the comparator does not certify ε).</param>
public sealed record WidthCondition(double Remainder, double Room)
{
    /// <summary>The condition as texts print it.</summary>
    public const string Statement = "the theorem's width condition, linearization remainder R = β_Tρ²/(2√m) < room √(2ε·Var) − √(2R̂(Θ̄)) (RMS output units)";

    /// <summary>R/room; +∞ when there is no room.</summary>
    public double Ratio => Room > 0 ? Remainder / Room : double.PositiveInfinity;

    public bool Holds => Ratio < 1;

    /// <param name="sigma">The activation (σ₀, σ₁, σ₂).</param>
    /// <param name="sequenceLength">T.</param>
    /// <param name="width">m.</param>
    /// <param name="ballLambda">λ valid in the ball, σ₁(α + ρ/√m).</param>
    /// <param name="radius">ρ.</param>
    /// <param name="relativeTarget">ε, relative to Var(y).</param>
    /// <param name="variance">Var(y).</param>
    /// <param name="comparatorRelativeLoss">R̂(Θ̄)/Var(y).</param>
    public static WidthCondition Of(Activation sigma, int sequenceLength, int width, double ballLambda, double radius,
        double relativeTarget, double variance, double comparatorRelativeLoss)
    {
        ArgumentNullException.ThrowIfNull(sigma);
        double remainder = new HiddenStateCurvature(sigma.Bound, sigma.Lipschitz, sigma.Smoothness, ballLambda, sequenceLength)
            .LinearizationErrorBound(radius, width);
        double room = Math.Sqrt(2 * relativeTarget * variance) - Math.Sqrt(2 * Math.Max(0, comparatorRelativeLoss) * variance);
        return new WidthCondition(remainder, room);
    }
}

namespace Repro.Theory.Bounds;

/// <summary>
/// The iteration bound of projected GD against the transported comparator Θ̄, in the theorem's constants:
/// B = ν̄²/(2η(ε·Var − R̂(Θ̄))), the steps after which the averaged iterate is within ε·Var by the convex (linearized)
/// part of the argument, ‖Θ̄ − Θ(0)‖² ≤ ν̄² over 2ητ. The theorem's τ(ε) also carries the linearization remainder
/// (∝ β_Tρ²/√m, from |F − F_lin| ≤ β_Tρ²/(2√m) in the ball), which is non-negative and only raises it, so B is a lower
/// envelope of the theorem's τ(ε): τ* ≤ B is stricter than the theorem (a run within B agrees with it a fortiori),
/// and a run above B does not contradict it by itself. The remainder is left out because it is vacuous at the widths
/// a sweep can afford (it exceeds ε·Var), so including it would make every bound +∞.
/// </summary>
public static class IterationBound
{
    /// <summary>"ν̄_eff²/(2η(ε·Var − R̂(Θ̄)))", as rule texts and figure legends print it.</summary>
    public const string Formula = "ν̄_eff²/(2η(ε·Var − R̂(Θ̄)))";

    /// <summary>What B leaves out, for the texts that judge against it.</summary>
    public const string Omission = "B is the convex part of the theorem's τ(ε), a lower envelope of it: the theorem adds the linearization remainder ∝ β_Tρ²/√m, so a run above B does not contradict the theorem by itself; "
        + "where the remainder exceeds the room the comparator leaves (the width condition, printed per claim) the theorem's τ(ε) is +∞ and τ* ≤ B is a statement stronger than the theorem";

    /// <summary>B in steps; +∞ when the comparator does not reach ε (R̂(Θ̄) ≥ ε·Var: no finite bound).</summary>
    /// <param name="transportNorm">ν̄_eff of the teacher on this data.</param>
    /// <param name="stepSize">η.</param>
    /// <param name="variance">Var(y) of the targets.</param>
    /// <param name="relativeTarget">ε, in units of Var(y).</param>
    /// <param name="comparatorRelativeLoss">R̂(Θ̄)/Var(y).</param>
    public static double Convex(double transportNorm, double stepSize, double variance, double relativeTarget, double comparatorRelativeLoss)
    {
        if (!(stepSize > 0) || !(variance > 0)) throw new ArgumentOutOfRangeException(nameof(stepSize), $"η = {stepSize} and Var = {variance} must be positive.");
        if (!(comparatorRelativeLoss < relativeTarget)) return double.PositiveInfinity;
        return transportNorm * transportNorm / (2 * stepSize * variance * (relativeTarget - comparatorRelativeLoss));
    }
}

namespace Repro.Theory.Claims.Rules;

/// <summary>One point of a judged sweep.</summary>
/// <param name="X">The swept variable (T, n, m, ln n …: whatever the rule regresses on).</param>
/// <param name="Samples">The measurement, samples[draw][seed]: every point has the same (data, teacher) draws, and
/// draw d the same seeds, at every point of the sweep.</param>
/// <param name="Bound">The bound with its constants, or the predicted shape (rules without a bound ignore it; +∞ if vacuous).</param>
/// <param name="InHypotheses">The theorem's hypotheses hold here; other points are shown, never judged.</param>
/// <param name="Censored">Some samples are lower bounds, not measurements (a run hit its step budget, the width grid
/// ran out): such a point can support a FAIL of an upper bound, never a PASS.</param>
public sealed record RulePoint(double X, double[][] Samples, double Bound, bool InHypotheses, bool Censored = false);

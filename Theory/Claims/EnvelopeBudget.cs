using Repro.Theory.Claims.Rules;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims;

/// <summary>
/// Whether C4 (b)'s envelope rule can FAIL at the step budget τ_max, said in its reason when it cannot. A FAIL needs a
/// held-out τ* above C·shape·(1 + tol), and no τ* can exceed τ_max + 1 (a censored run's lower bound); with a censored
/// calibration point C is unknown and the rule cannot FAIL at all. A setting where either holds keeps its verdict
/// (INCONCLUSIVE, or a PASS of what was measured), but the reader is told the test had no FAIL to give.
/// </summary>
public static class EnvelopeBudget
{
    /// <summary><paramref name="result"/> (decided by <paramref name="rule"/> on <paramref name="points"/>), its reason prefixed "cannot FAIL at this τ_max (…)" when a FAIL is out of reach.</summary>
    public static VerdictResult Annotate(ShapeEnvelopeRule rule, IReadOnlyList<RulePoint> points, int maxSteps, VerdictResult result)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(result);
        double c = rule.Constant(points);
        if (result.Verdict == Verdict.Fail || !(c > 0)) return result;
        var judged = points.Where(p => p.InHypotheses).OrderBy(p => p.X).ToArray();
        int calibration = rule.CalibrationCount(judged.Length);
        bool calibrationCensored = judged.Take(calibration).Any(p => p.Censored);
        double[] envelope = judged.Skip(calibration).Select(p => c * p.Bound * (1 + rule.Tolerance)).Where(e => !double.IsNaN(e)).ToArray();
        if (envelope.Length == 0) return result;
        double needed = envelope.Min(), largest = maxSteps + 1.0;
        if (!calibrationCensored && needed < largest) return result;
        var censored = judged.Where(p => p.Censored).ToArray();
        string measured = censored.Length == 0
            ? $"every τ* ≤ τ_max = {Int(maxSteps)}"
            : $"τ* censored at τ_max = {Int(maxSteps)} at {Int(censored.Length)} of {Int(judged.Length)} points, from T = {F(censored[0].X)}{(calibrationCensored ? ", so C is only a lower bound" : "")}";
        string note = $"cannot FAIL at this τ_max ({measured}; the envelope needs τ* > {F(needed)})";
        return result with { Reason = result.Reason.Length == 0 ? note : $"{note}: {result.Reason}" };
    }
}

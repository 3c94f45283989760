using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;
using static Repro.Theory.Claims.Rules.RuleText;

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// A guarantee "with probability ≥ 1 − δ" (C3a): at each of J values of x, N runs, each a success, a definite failure or
/// censored. PASS if k/N ≥ 1 − δ at every x with censored runs counted as failures; FAIL if at some x the one-sided
/// Clopper–Pearson upper bound at the Bonferroni level 1 − (1 − level)/J, with censored runs counted as successes, lies
/// below 1 − δ; INCONCLUSIVE otherwise or with nothing measured. So a censored run supports neither side, and the chance
/// of a spurious FAIL stays below 1 − level however many x are judged.
/// </summary>
/// <param name="Quantity">What a success is, e.g. "R̂ ≤ ε within the step budget".</param>
/// <param name="Delta">δ, the allowed failure probability, in (0, 1).</param>
/// <param name="ConfidenceLevel">Family-wise level of the one-sided FAIL bounds (before the Bonferroni split), and the
/// level of the one-sided lower bound printed beside a PASS (information).</param>
public sealed record SuccessFrequencyRule(string Quantity, double Delta, double ConfidenceLevel = 0.95) : VerdictRule<IReadOnlyList<SuccessCount>>
{
    /// <summary>The success probability the FAIL control must detect: 1 − 3δ (0.7 at δ = 0.1), well inside a failure.</summary>
    public double ControlProbability => Math.Max(0, 1 - 3 * Delta);

    public override string Describe()
        => $"Success frequency: at each of the J values of x, N runs, each a success ({Quantity}), a definite failure, or censored (neither). "
         + $"PASS if k/N ≥ 1 − δ = {F(1 - Delta)} (δ = {F(Delta)}) at every x, censored runs counted as failures; "
         + $"FAIL if at some x the one-sided Clopper–Pearson upper bound at the Bonferroni level 1 − (1 − {F(ConfidenceLevel)})/J, censored runs counted as successes, lies below {F(1 - Delta)}; "
         + $"INCONCLUSIVE otherwise or if some x has no run. A censored run can support neither a PASS nor a FAIL; the one-sided {Percent(ConfidenceLevel)} lower bound of k/N is information. "
         + $"The FAIL control is a success probability 1 − 3δ = {F(ControlProbability)} at the x with the fewest runs: if the rule cannot FAIL it there, it has no power on this grid and its verdict is INCONCLUSIVE.";

    protected override VerdictResult Judge(IReadOnlyList<SuccessCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (!(Delta > 0 && Delta < 1)) throw new ArgumentOutOfRangeException(nameof(Delta), Delta, "Must lie in (0, 1).");
        if (counts.FirstOrDefault(c => c.Successes < 0 || c.Censored < 0 || c.Failures < 0) is { } bad)
            throw new ArgumentException($"Counts at x = {F(bad.X)} must satisfy 0 ≤ successes + censored ≤ trials.", nameof(counts));
        double required = 1 - Delta, failLevel = FailLevel(counts.Count);
        var sides = counts.Select(c => (c.X, c.Trials, Pass: c.Successes, FailSide: c.Successes + c.Censored)).ToArray();
        var result = new VerdictResult
        {
            Verdict = Verdict.Inconclusive, Kind = CheckKind.Bound, Rule = Describe(), DecidingQuantity = $"lowest frequency of {Quantity}",
            Value = double.NaN, Relation = "vs", ReferenceLabel = "required", Reference = required,
            SampleCount = counts.Sum(c => c.Trials), SampleUnit = "runs",
            Detail = Join(counts.Select(c => c.Trials == 0 ? $"x = {F(c.X)}: no run"
                : $"x = {F(c.X)}: {Int(c.Successes)} success(es), {Int(c.Censored)} censored, {Int(c.Failures)} definite failure(s) of {Int(c.Trials)}; "
                + $"PASS side {Int(c.Successes)}/{Int(c.Trials)} (one-sided {Percent(ConfidenceLevel)} lower bound {F(Lower(c.Successes, c.Trials))}), "
                + $"FAIL side {Int(c.Successes + c.Censored)}/{Int(c.Trials)} (one-sided {Percent(failLevel)} upper bound {F(Upper(c.Successes + c.Censored, c.Trials, failLevel))})")),
        };
        if (counts.Count == 0) return result with { Reason = "nothing measured" };
        if (counts.FirstOrDefault(c => c.Trials == 0) is { } empty) return result with { Reason = $"no run at x = {F(empty.X)}" };

        var failing = sides.Select(s => (s.X, s.Trials, Frequency: (double)s.FailSide / s.Trials, High: Upper(s.FailSide, s.Trials, failLevel)))
            .OrderBy(s => s.High).First();
        if (failing.High < required)
            return result with
            {
                Verdict = Verdict.Fail, Relation = "<", Value = failing.Frequency, CiLow = 0, CiHigh = failing.High, ConfidenceLevel = failLevel, SampleCount = failing.Trials,
                IntervalMethod = $"one-sided {ClopperPearson.Method}", DecidingQuantity = $"highest frequency of {Quantity} (censored runs counted as successes)",
                Reason = $"fails more often than δ at x = {F(failing.X)}, even counting its censored runs as successes",
            };
        var lowest = sides.Select(s => (s.X, s.Trials, Frequency: (double)s.Pass / s.Trials, Low: Lower(s.Pass, s.Trials))).OrderBy(s => s.Frequency).First();
        result = result with
        {
            // The interval is the deciding x's own, over its own runs.
            Value = lowest.Frequency, CiLow = lowest.Low, CiHigh = 1, ConfidenceLevel = ConfidenceLevel, IntervalMethod = $"one-sided {ClopperPearson.Method}", SampleCount = lowest.Trials,
            DecidingQuantity = $"lowest frequency of {Quantity} (censored runs counted as failures)",
        };
        if (lowest.Frequency >= required - 1e-12) return result with { Verdict = Verdict.Pass, Relation = "≥" };
        bool censored = counts.First(c => c.X == lowest.X).Censored > 0; // the reason names lowest.X: its own censoring
        return result with
        {
            Relation = "<",
            Reason = censored ? $"below 1 − δ at x = {F(lowest.X)} with its censored runs counted as failures, and no FAIL"
                              : $"below 1 − δ at x = {F(lowest.X)}, within its interval",
        };
    }

    /// <summary>1 − (1 − level)/J: each of J one-sided FAIL bounds at this level keeps the family's spurious-FAIL chance below 1 − level.</summary>
    public double FailLevel(int judged) => 1 - (1 - ConfidenceLevel) / Math.Max(1, judged);

    /// <summary>The one-sided Clopper–Pearson upper bound at <paramref name="level"/> (the upper end of the two-sided interval at 2·level − 1).</summary>
    private static double Upper(int successes, int trials, double level) => ClopperPearson.Interval(successes, trials, 2 * level - 1).High;

    private double Lower(int successes, int trials) => ClopperPearson.Interval(successes, trials, 2 * ConfidenceLevel - 1).Low;

    /// <summary>⌈(1 − δ)N⌉, less a hair so that a product like 0.9·10 = 9.000000000000002 does not round up to 10.</summary>
    private int AtBound(int trials) => Math.Min(trials, (int)Math.Ceiling((1 - Delta) * trials - 1e-9));

    /// <summary>The FAIL control's successes at N runs: the nearest integer to (1 − 3δ)·N.</summary>
    private int AtControl(int trials) => (int)Math.Round(ControlProbability * trials, MidpointRounding.AwayFromZero);

    /// <summary>The largest k (successes + censored) of N that FAILs with J judged x, or −1 when none can.</summary>
    public int FailThreshold(int trials, int judged)
    {
        // The upper bound rises with k: bisect for the last k below 1 − δ.
        int low = -1, high = trials + 1;
        while (high - low > 1)
        {
            int k = (low + high) / 2;
            if (Upper(k, trials, FailLevel(judged)) < 1 - Delta) low = k;
            else high = k;
        }
        return low;
    }

    /// <summary>Whether N runs at one of J judged x detect the control probability 1 − 3δ (its FAIL control would pass).</summary>
    public bool Detects(int trials, int judged) => AtControl(trials) <= FailThreshold(trials, judged);

    /// <summary>The smallest N from which on (checked up to 2N) N runs per x detect 1 − 3δ with J judged x: the count that gives the rule its power.</summary>
    public int RunsForPower(int judged)
    {
        for (int n = 1; n < 100000; n++)
            if (Enumerable.Range(n, n + 1).All(t => Detects(t, judged))) return n;
        throw new InvalidOperationException("No run count detects the control probability.");
    }

    /// <summary>What k of N runs the rule needs with J judged x: PASS from ⌈(1 − δ)N⌉ successes, FAIL up to its threshold (successes + censored).</summary>
    public string Power(int trials, int judged)
    {
        int pass = AtBound(trials), fail = FailThreshold(trials, judged);
        string failText = fail < 0 ? "no k can FAIL" : $"FAIL at k + censored ≤ {Int(fail)}";
        string control = Detects(trials, judged) ? "detects" : "cannot detect";
        return $"N = {Int(trials)}: PASS at k ≥ {Int(pass)}, {failText} ({Int(judged)} x judged), {control} p = {F(ControlProbability)}; "
             + $"the PASS side's error: a true success probability 1 − 2δ = {F(1 - 2 * Delta)} at one x still PASSes with probability {F(PassChance(trials, 1 - 2 * Delta))}";
    }

    /// <summary>P(k ≥ ⌈(1 − δ)N⌉) for k ~ Binomial(N, p): how often N runs of success probability p PASS one x.</summary>
    public double PassChance(int trials, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        if (p >= 1) return 1;
        if (p <= 0) return AtBound(trials) == 0 ? 1 : 0;
        // ln pmf(k + 1) = ln pmf(k) + ln((N − k)/(k + 1)) + ln(p/(1 − p)), from ln pmf(0) = N·ln(1 − p): in logs, so no term
        // underflows at large N, and by DetMath only, so the text is the same bits everywhere.
        double logPmf = trials * DetMath.Log(1 - p), logRatio = DetMath.Log(p / (1 - p)), tail = 0;
        for (int k = 0; k <= trials; k++)
        {
            if (k >= AtBound(trials)) tail += DetMath.Exp(logPmf);
            if (k < trials) logPmf += DetMath.Log((double)(trials - k) / (k + 1)) + logRatio;
        }
        return Math.Min(1, tail);
    }

    /// <summary>
    /// On the input's x values and run counts N, with no censoring: ⌈(1 − δ)N⌉ successes everywhere, at the bound (PASS);
    /// the control probability 1 − 3δ at the x with the fewest runs, at the bound elsewhere (FAIL: the rule's power);
    /// one fewer than ⌈(1 − δ)N⌉ everywhere (borderline).
    /// </summary>
    private protected override IEnumerable<ControlCase<IReadOnlyList<SuccessCount>>> Controls(IReadOnlyList<SuccessCount> counts)
    {
        var grid = counts.Where(c => c.Trials > 0).OrderBy(c => c.X).ToArray();
        if (grid.Length == 0) yield break;
        SuccessCount weakest = grid.OrderBy(c => c.Trials).ThenByDescending(c => c.X).First();
        yield return new("at 1 − δ", Verdict.Pass, grid.Select(c => new SuccessCount(c.X, AtBound(c.Trials), c.Trials)).ToArray());
        yield return new($"success probability 1 − 3δ = {F(ControlProbability)} at x = {F(weakest.X)} ({Int(AtControl(weakest.Trials))} of {Int(weakest.Trials)}; needs N ≥ {Int(RunsForPower(grid.Length))} for power)", Verdict.Fail,
            grid.Select(c => new SuccessCount(c.X, ReferenceEquals(c, weakest) ? AtControl(c.Trials) : AtBound(c.Trials), c.Trials)).ToArray());
        yield return new("one success short of 1 − δ", null, grid.Select(c => new SuccessCount(c.X, Math.Max(0, AtBound(c.Trials) - 1), c.Trials)).ToArray());
    }
}

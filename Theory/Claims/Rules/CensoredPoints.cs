namespace Repro.Theory.Claims.Rules;

/// <summary>
/// What censored points (lower bounds) allow a slope-based rule to conclude. A least-squares slope is Σ(x_i − x̄)y_i/Sxx,
/// so raising y_i raises it exactly when x_i ≥ x̄: if every censored point lies at or above the mean regressor, the
/// slope from the lower bounds is a lower bound on the true slope (in every bootstrap resample, the x being fixed),
/// and a FAIL for growth drawn from it stands. A PASS never does: a censored value can be arbitrarily large.
/// </summary>
internal static class CensoredPoints
{
    /// <summary>How many of <paramref name="points"/> are censored.</summary>
    public static int Count(IReadOnlyList<RulePoint> points) => points.Count(p => p.Censored);

    /// <summary>True when the true values can only raise the slope over <paramref name="points"/> on regressor(x).</summary>
    public static bool OnlyRaiseSlope(IReadOnlyList<RulePoint> points, Func<double, double> regressor)
    {
        if (points.Count == 0) return true;
        double mean = points.Average(p => regressor(p.X));
        return points.Where(p => p.Censored).All(p => regressor(p.X) >= mean);
    }

    /// <summary>"2 of 7 points censored (lower bounds): they can support a FAIL, never a PASS".</summary>
    public static string Note(int censored, int total, string what)
        => $"{RuleText.Int(censored)} of {RuleText.Int(total)} {what} censored (lower bounds): they can support a FAIL, never a PASS";
}

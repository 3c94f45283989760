using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Claims.Rules;

/// <summary>The least-squares slope on X (or on regressor(X)) of ln(geometric mean) − ln(offset) over points, with its hierarchical-bootstrap CI
/// (draws picked once for the whole series).</summary>
internal static class LogSlope
{
    public static ConfidenceInterval Interval(
        IReadOnlyList<RulePoint> points, Func<RulePoint, double> offset, BootstrapSettings settings, Func<double, double>? regressor = null)
    {
        var x = points.Select(p => regressor is null ? p.X : regressor(p.X)).ToArray();
        var logOffset = points.Select(p => Numerics.DetMath.Log(offset(p))).ToArray();
        return HierarchicalBootstrap.Percentile(points.Select(p => p.Samples).ToArray(), series =>
        {
            var y = new double[series.Count];
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = HierarchicalBootstrap.LogMean(series[i]) - logOffset[i];
                if (!double.IsFinite(y[i])) return double.NaN;
            }
            return LeastSquares.Fit(x, y).Slope;
        }, settings);
    }
}

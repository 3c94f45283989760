using Repro.Theory.Numerics;
using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// A measured quantity y over a swept variable x with one value per seed: geometric means over a
/// (re)sample of seeds, and the least-squares slope of ln y on a transform of x.
/// </summary>
/// <param name="X">The swept values.</param>
/// <param name="Values">Values[i][s]: y at X[i] for seed index s (all > 0).</param>
public sealed record SeedSeries(double[] X, double[][] Values)
{
    public IReadOnlyList<int> AllSeeds => Enumerable.Range(0, Values[0].Length).ToList();

    public double GeometricMean(int i, IReadOnlyList<int> seeds)
    {
        double sum = 0;
        foreach (int s in seeds) sum += DetMath.Log(Values[i][s]);
        return DetMath.Exp(sum / seeds.Count);
    }

    /// <summary>Slope of ln(geometric mean y) on regressor(x).</summary>
    public double Slope(Func<double, double> regressor, IReadOnlyList<int> seeds)
    {
        double[] rx = X.Select(regressor).ToArray();
        double[] ly = Enumerable.Range(0, X.Length).Select(i => DetMath.Log(GeometricMean(i, seeds))).ToArray();
        return LeastSquares.Fit(rx, ly).Slope;
    }

    /// <summary>Seed-bootstrap CI of <see cref="Slope"/>.</summary>
    public ConfidenceInterval SlopeInterval(Func<double, double> regressor, string claimId, string quantity)
        => SeedBootstrap.Interval(AllSeeds, seeds => Slope(regressor, seeds), claimId, quantity);

    /// <summary>The measured points with seed-bootstrap CIs of the geometric means.</summary>
    public List<Theory.Claims.Analysis.SeriesPoint> Points(string claimId, string quantity, Func<int, bool>? censored = null)
        => Enumerable.Range(0, X.Length).Select(i =>
        {
            ConfidenceInterval ci = SeedBootstrap.Interval(AllSeeds, seeds => GeometricMean(i, seeds), claimId, $"{quantity}/{i}");
            return new Theory.Claims.Analysis.SeriesPoint(X[i], GeometricMean(i, AllSeeds), ci.Low, ci.High, "", censored?.Invoke(i) ?? false);
        }).ToList();
}

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Made-up two-level samples around a known curve, for the synthetic controls of a rule: at each point,
/// ln x[p][d][s] = ln curve_p + σ_shared·a_d + σ_draw×point·b_pd + σ_within·c_pds with standard normal a, b, c from
/// <see cref="CounterRng"/> streams (seed, stream, "draw", d) and (seed, stream, point), so a control is a pure
/// function of its inputs and a draw moves every point of the series together, as a real dataset and teacher do.
/// </summary>
public static class SyntheticTwoLevel
{
    /// <summary>One point per curve value, each samples[draw][seed].</summary>
    public static double[][][] Samples(IReadOnlyList<double> curve, int draws, int seeds, NoiseLevel noise, ulong seed, string stream)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(noise);
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        var shared = new double[draws];
        for (int d = 0; d < draws; d++) shared[d] = noise.SharedDraw * CounterRng.For(seed, stream + "/draw", d).NextNormal();
        var points = new double[curve.Count][][];
        for (int p = 0; p < points.Length; p++)
        {
            var rng = CounterRng.For(seed, stream, p);
            double logCurve = DetMath.Log(curve[p]);
            points[p] = new double[draws][];
            for (int d = 0; d < draws; d++)
            {
                double level = logCurve + shared[d] + noise.DrawByPoint * rng.NextNormal();
                points[p][d] = new double[seeds];
                for (int s = 0; s < seeds; s++) points[p][d][s] = DetMath.Exp(level + noise.WithinDraw * rng.NextNormal());
            }
        }
        return points;
    }
}

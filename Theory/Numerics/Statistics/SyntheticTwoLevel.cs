namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Made-up two-level samples around a known curve, for the synthetic controls of a rule: at each point,
/// ln x[d][s] = ln curve + σ_b·z_d + σ_w·z_ds with standard normal z from <see cref="CounterRng"/> stream
/// (seed, stream, point), so a control is a pure function of its inputs.
/// </summary>
/// <remarks>The draw effect z_d is drawn afresh at each point (independent across the sweep): the least favourable
/// case for slope rules, whose intervals a shared draw effect would narrow.</remarks>
public static class SyntheticTwoLevel
{
    /// <summary>One point per curve value, each samples[draw][seed].</summary>
    public static double[][][] Samples(IReadOnlyList<double> curve, int draws, int seeds, NoiseLevel noise, ulong seed, string stream)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(noise);
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        var points = new double[curve.Count][][];
        for (int p = 0; p < points.Length; p++)
        {
            var rng = CounterRng.For(seed, stream, p);
            double logCurve = DetMath.Log(curve[p]);
            points[p] = new double[draws][];
            for (int d = 0; d < draws; d++)
            {
                double level = logCurve + noise.BetweenDraw * rng.NextNormal();
                points[p][d] = new double[seeds];
                for (int s = 0; s < seeds; s++) points[p][d][s] = DetMath.Exp(level + noise.WithinDraw * rng.NextNormal());
            }
        }
        return points;
    }
}

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Decides between y = a + b·ln n and y = c·n^p (claim C3: width logarithmic, not polynomial, in n).
/// </summary>
/// <remarks>
/// Both laws are fitted by least squares <b>on the y scale</b> and scored on the y scale, so they
/// are compared on the same footing: the log law is linear in ln n; the power law's (c, p) minimize
/// Σ(y − c·n^p)², found by profiling c out (c(p) = Σy·n^p / Σn^{2p}) and searching p on a grid of
/// step 0.01 over ±2 around the log-space estimate, then golden-section refinement to 1e-12. The
/// log-space fit ln y = ln c + p·ln n is kept for its interpretable exponent p and t-interval.
/// Score: Δ = N·ln(SSE_power/SSE_log) — in-sample this is the AIC difference (both laws have two
/// mean parameters and one variance); on a held-out slice it is the predictive likelihood ratio, and
/// no parameter penalty is needed because nothing was fitted on those points. Verdicts use the
/// held-out form (fit on the calibration slice, score on the held-out slice).
/// All logarithms and powers go through <see cref="DetMath"/>.
/// </remarks>
public static class GrowthModelComparison
{
    private const double GridHalfWidth = 2.0;
    private const double GridStep = 0.01;
    private const double RoundingFloor = 1e-12;

    /// <summary>In-sample comparison: fit and score on the same points (needs ≥ 3, all n &gt; 0, y &gt; 0).</summary>
    public static GrowthComparisonResult Compare(ReadOnlySpan<double> sampleCounts, ReadOnlySpan<double> values)
    {
        if (sampleCounts.Length < 3)
            throw new ArgumentException("At least three points are needed for an in-sample comparison.", nameof(sampleCounts));
        return CompareCore(sampleCounts, values, sampleCounts, values, heldOut: false);
    }

    /// <summary>Fit both laws on the calibration points, score them on the held-out points only.</summary>
    public static GrowthComparisonResult CompareHeldOut(
        ReadOnlySpan<double> calibrationSampleCounts,
        ReadOnlySpan<double> calibrationValues,
        ReadOnlySpan<double> heldOutSampleCounts,
        ReadOnlySpan<double> heldOutValues)
    {
        if (heldOutSampleCounts.Length < 1)
            throw new ArgumentException("At least one held-out point is needed.", nameof(heldOutSampleCounts));
        return CompareCore(calibrationSampleCounts, calibrationValues, heldOutSampleCounts, heldOutValues, heldOut: true);
    }

    /// <summary>Held-out comparison with the slices given by <paramref name="split"/>.</summary>
    public static GrowthComparisonResult Compare(ReadOnlySpan<double> sampleCounts, ReadOnlySpan<double> values, CalibrationSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        if (sampleCounts.Length != split.Count || values.Length != split.Count)
            throw new ArgumentException("The split was made for a different number of points.", nameof(split));
        double[] n = sampleCounts.ToArray(), y = values.ToArray();
        return CompareHeldOut(split.Calibration(n), split.Calibration(y), split.HeldOut(n), split.HeldOut(y));
    }

    private static GrowthComparisonResult CompareCore(
        ReadOnlySpan<double> fitN, ReadOnlySpan<double> fitY, ReadOnlySpan<double> evalN, ReadOnlySpan<double> evalY, bool heldOut)
    {
        if (fitN.Length != fitY.Length || evalN.Length != evalY.Length)
            throw new ArgumentException("Each n needs exactly one value.");
        if (fitN.Length < 2) throw new ArgumentException("At least two fitting points are needed.", nameof(fitN));

        double[] logN = LogsOf(fitN, nameof(fitN));
        double[] logY = LogsOf(fitY, nameof(fitY));
        double[] evalLogN = LogsOf(evalN, nameof(evalN));
        LogsOf(evalY, nameof(evalY)); // validates positivity

        LinearFit logFit = LeastSquares.Fit(logN, fitY);
        LinearFit powerLogSpace = LeastSquares.Fit(logN, logY);
        (double c, double p) = FitPowerOnYScale(logN, fitY, powerLogSpace.Slope);

        double sseLog = 0, ssePower = 0, maxAbs = 0;
        for (int i = 0; i < evalY.Length; i++)
        {
            double rl = evalY[i] - logFit.Predict(evalLogN[i]);
            double rp = evalY[i] - c * DetMath.Exp(p * evalLogN[i]);
            sseLog += rl * rl;
            ssePower += rp * rp;
            maxAbs = Math.Max(maxAbs, Math.Abs(evalY[i]));
        }
        double floor = evalY.Length * (RoundingFloor * maxAbs) * (RoundingFloor * maxAbs);
        double delta = evalY.Length * DetMath.Log(Math.Max(ssePower, floor) / Math.Max(sseLog, floor));
        return new GrowthComparisonResult(logFit, powerLogSpace, c, p, sseLog, ssePower, evalY.Length, heldOut, delta);
    }

    /// <summary>Least squares of y ≈ c·n^p on the y scale; returns (c, p).</summary>
    private static (double C, double P) FitPowerOnYScale(double[] logN, ReadOnlySpan<double> y, double start)
    {
        double[] yy = y.ToArray();
        double reference = logN.Max(); // n^p computed as e^{p(ln n − ln n_max)}: no overflow; c rescaled at the end
        double bestP = start, bestRss = Rss(logN, yy, reference, start, out _);
        int steps = (int)Math.Round(2 * GridHalfWidth / GridStep);
        for (int k = 0; k <= steps; k++)
        {
            double p = start - GridHalfWidth + k * GridStep;
            double rss = Rss(logN, yy, reference, p, out _);
            if (rss < bestRss) { bestRss = rss; bestP = p; }
        }
        double lo = bestP - GridStep, hi = bestP + GridStep;
        double invPhi = (Math.Sqrt(5.0) - 1.0) / 2.0;
        double x1 = hi - invPhi * (hi - lo), x2 = lo + invPhi * (hi - lo);
        double f1 = Rss(logN, yy, reference, x1, out _), f2 = Rss(logN, yy, reference, x2, out _);
        for (int iteration = 0; iteration < 200 && hi - lo > 1e-12; iteration++)
        {
            if (f1 <= f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - invPhi * (hi - lo); f1 = Rss(logN, yy, reference, x1, out _); }
            else { lo = x1; x1 = x2; f1 = f2; x2 = lo + invPhi * (hi - lo); f2 = Rss(logN, yy, reference, x2, out _); }
        }
        double refined = f1 <= f2 ? x1 : x2;
        if (Math.Min(f1, f2) < bestRss) bestP = refined;
        Rss(logN, yy, reference, bestP, out double scaledC);
        return (scaledC * DetMath.Exp(-bestP * reference), bestP);
    }

    private static double Rss(double[] logN, double[] y, double reference, double p, out double c)
    {
        double suy = 0, suu = 0;
        Span<double> u = logN.Length <= 256 ? stackalloc double[logN.Length] : new double[logN.Length];
        for (int i = 0; i < logN.Length; i++)
        {
            u[i] = DetMath.Exp(p * (logN[i] - reference));
            suy += u[i] * y[i];
            suu += u[i] * u[i];
        }
        c = suu > 0 ? suy / suu : 0;
        double rss = 0;
        for (int i = 0; i < logN.Length; i++) { double r = y[i] - c * u[i]; rss += r * r; }
        return rss;
    }

    private static double[] LogsOf(ReadOnlySpan<double> values, string name)
    {
        var logs = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] > 0) || double.IsInfinity(values[i]))
                throw new ArgumentException($"Value {i} is {values[i]}; all n and y must be positive and finite.", name);
            logs[i] = DetMath.Log(values[i]);
        }
        return logs;
    }
}

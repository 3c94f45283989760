namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// Logarithmic versus power-law growth, fitted on one set of points and scored on the y scale on
/// an evaluation set (the same points, or a held-out slice).
/// </summary>
/// <param name="LogFit">y = a + b·ln n, least squares on the y scale (fitting set).</param>
/// <param name="PowerLogSpaceFit">ln y = ln c + p·ln n (fitting set): the exponent p with its t-interval, for the report.</param>
/// <param name="PowerCoefficient">c of the power law fitted by least squares on the y scale (used for scoring).</param>
/// <param name="PowerExponent">p of the power law fitted by least squares on the y scale (used for scoring).</param>
/// <param name="LogSumOfSquares">Σ(y − a − b·ln n)² over the evaluation set.</param>
/// <param name="PowerSumOfSquares">Σ(y − c·n^p)² over the evaluation set.</param>
/// <param name="EvaluationCount">Number of points scored.</param>
/// <param name="HeldOut">True when scored on a held-out slice not used for fitting.</param>
/// <param name="Delta">
/// N·ln(SSE_power / SSE_log) on the evaluation set: in-sample it is AIC(power) − AIC(log) (equal
/// parameter counts, so also the AICc difference); held out it is twice the Gaussian predictive
/// log-likelihood ratio. Positive favours the logarithmic law. Sums of squares below the
/// rounding level N·(1e-12·max|y|)² are raised to it, so exact data give a large finite Δ.
/// </param>
public sealed record GrowthComparisonResult(
    LinearFit LogFit,
    LinearFit PowerLogSpaceFit,
    double PowerCoefficient,
    double PowerExponent,
    double LogSumOfSquares,
    double PowerSumOfSquares,
    int EvaluationCount,
    bool HeldOut,
    double Delta)
{
    /// <summary>The model with the better score, or null on an exact tie.</summary>
    public GrowthModel? Preferred => Delta > 0 ? GrowthModel.Logarithmic : Delta < 0 ? GrowthModel.PowerLaw : null;

    /// <summary>The criterion's name, for the report.</summary>
    public string Criterion => HeldOut ? "held-out Δ = N·ln(SSE_power/SSE_log)" : "ΔAIC = AIC(power) − AIC(log)";

    /// <summary>Prediction of the logarithmic law at n.</summary>
    public double PredictLog(double sampleCount) => LogFit.Predict(DetMath.Log(sampleCount));

    /// <summary>Prediction of the power law (y-scale fit) at n.</summary>
    public double PredictPower(double sampleCount) => PowerCoefficient * DetMath.Exp(PowerExponent * DetMath.Log(sampleCount));
}

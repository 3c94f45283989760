namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// P(success | x) = 1/(1 + e^−(a + b·(x − x̄))) fitted to binary outcomes by penalized maximum likelihood: a Gaussian
/// prior of precision <see cref="Ridge"/> on a and b keeps the fit finite when the outcomes are perfectly separated or
/// all equal (then the maximum-likelihood slope is infinite). Newton's method, fixed order: deterministic.
/// </summary>
/// <param name="Intercept">a, at the centre x̄.</param>
/// <param name="Slope">b.</param>
/// <param name="Centre">x̄, the mean of the x values.</param>
public sealed record LogisticFit(double Intercept, double Slope, double Centre)
{
    /// <summary>Prior precision on a and b: weak (a prior sd of √10 ≈ 3.2 on the logit scale per unit of x).</summary>
    public const double Ridge = 0.1;

    private const int MaxIterations = 100;

    /// <summary>The fit to outcomes[i] at x[i].</summary>
    public static LogisticFit Fit(IReadOnlyList<double> x, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (x.Count != outcomes.Count || x.Count == 0) throw new ArgumentException("x and outcomes must be non-empty and of one length.");
        double centre = x.Sum() / x.Count;
        double a = 0, b = 0;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Gradient and Hessian of the penalized log-likelihood.
            double ga = -Ridge * a, gb = -Ridge * b, haa = Ridge, hab = 0, hbb = Ridge;
            for (int i = 0; i < x.Count; i++)
            {
                double u = x[i] - centre, p = Sigmoid(a + b * u), r = (outcomes[i] ? 1 : 0) - p, w = p * (1 - p);
                ga += r;
                gb += r * u;
                haa += w;
                hab += w * u;
                hbb += w * u * u;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a += da;
            b += db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-12) break;
        }
        return new LogisticFit(a, b, centre);
    }

    /// <summary>The fitted probability at x.</summary>
    public double Probability(double x) => Sigmoid(Intercept + Slope * (x - Centre));

    /// <summary>The x at which the fitted probability is p; NaN when the fit does not rise with x.</summary>
    public double Crossing(double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Must lie in (0, 1).");
        return Slope > 0 ? Centre + (DetMath.Log(p / (1 - p)) - Intercept) / Slope : double.NaN;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + DetMath.Exp(-z)) : DetMath.Exp(z) / (1 + DetMath.Exp(z));
}

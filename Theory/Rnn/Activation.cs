using Repro.Theory.Numerics;
using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// σ(z) = a·tanh(z). The scale a is both the bound σ₀ on |σ| and the Lipschitz constant σ₁,
/// so moving a moves the cutoff λ = σ₁(α + ρ/√m) independently of the recurrent scale α.
/// </summary>
public sealed record Activation
{
    /// <summary>4/(3√3): the maximum of |tanh''|, reached at tanh(z)² = 1/3.</summary>
    private static readonly double MaxTanhSecondDerivative = 4.0 / (3.0 * Math.Sqrt(3.0));

    public Activation(double scale) => Scale = Guard.Positive(scale);

    /// <summary>a in σ(z) = a·tanh(z).</summary>
    public double Scale { get; }

    /// <summary>σ₀ = sup|σ| = a.</summary>
    public double Bound => Scale;

    /// <summary>σ₁ = sup|σ'| = a (the Lipschitz constant that sets the cutoff).</summary>
    public double Lipschitz => Scale;

    /// <summary>σ₂ = sup|σ''| = 4a/(3√3).</summary>
    public double Smoothness => Scale * MaxTanhSecondDerivative;

    public double Value(double z) => Scale * DetMath.Tanh(z);

    public double Derivative(double z)
    {
        double t = DetMath.Tanh(z);
        return Scale * (1.0 - t * t);
    }

    public double SecondDerivative(double z)
    {
        double t = DetMath.Tanh(z);
        return -2.0 * Scale * t * (1.0 - t * t);
    }
}

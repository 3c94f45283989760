using Repro.Theory.Numerics;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// The teacher's transport v(θ) = ν̄·ṽ(θ)/‖ṽ(θ)‖ with ṽ(w, u) = (γ·tanh⟨b, u⟩, e): e and b are
/// fixed unit vectors of R^d drawn from the teacher's seed, γ = <see cref="RecurrentWeight"/>.
/// Smooth (‖ṽ‖ ≥ 1 never vanishes), and ‖v(θ)‖ = ν̄ at every θ, so ν̄ is known exactly.
/// </summary>
/// <remarks>
/// Why this parity: under u → −u (μ₀ is symmetric in u at every w) h_T is odd, so ∇_u h_T is
/// even and ∂h_T/∂w is odd. A map whose u-part is even and whose w-part is odd in u keeps its
/// whole expectation E_μ₀⟨v, ∇h_T⟩: nothing cancels. The previous map (ν̄/√p)·tanh(Bθ) had the
/// opposite parity, so its expectation was exactly 0 at T = 1 and tiny beyond (ν̄_eff 22–120).
/// The constant u-part e carries the input x_T (and, through w, the recent past); the w-part
/// tanh⟨b, u⟩ correlates with h_{T−1} and carries x_{T−1} along a second direction b.
/// </remarks>
public sealed class TransportMap
{
    /// <summary>γ, the weight of the w-part against the unit u-part (project choice, see docs/decisions.md).</summary>
    public const double RecurrentWeight = 1.0;

    private readonly double[] direction, correlate;

    public TransportMap(int inputDimension, double norm, ulong seed)
    {
        InputDimension = Guard.AtLeast(inputDimension, 1);
        Norm = Guard.Positive(norm);
        direction = UnitVector(CounterRng.For(seed, "teacher.transport.direction"), inputDimension);
        correlate = UnitVector(CounterRng.For(seed, "teacher.transport.correlate"), inputDimension);
    }

    public int InputDimension { get; }

    /// <summary>ν̄ = ‖v(θ)‖ at every θ.</summary>
    public double Norm { get; }

    /// <summary>v(θ) at θ = (w, u), written as (v_w, v_u).</summary>
    public void Evaluate(ReadOnlySpan<double> theta, Span<double> v)
    {
        int d = InputDimension;
        Guard.Length(theta, d + 1);
        Guard.Length<double>(v, d + 1);
        double projection = 0;
        for (int c = 0; c < d; c++) projection += correlate[c] * theta[1 + c];
        double recurrent = RecurrentWeight * DetMath.Tanh(projection);
        double scale = Norm / Math.Sqrt(1.0 + recurrent * recurrent);
        v[0] = scale * recurrent;
        for (int c = 0; c < d; c++) v[1 + c] = scale * direction[c];
    }

    /// <summary>e, the unit direction of the u-part (a copy).</summary>
    public double[] DirectionOfInputPart() => (double[])direction.Clone();

    private static double[] UnitVector(CounterRng rng, int d)
    {
        var g = new double[d];
        double squared;
        do
        {
            rng.FillNormal(g);
            squared = 0;
            foreach (double x in g) squared += x * x;
        } while (squared == 0);
        double inverse = 1.0 / Math.Sqrt(squared);
        for (int c = 0; c < d; c++) g[c] *= inverse;
        return g;
    }
}

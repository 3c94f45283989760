using Repro.Theory.Numerics;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// The teacher's transport v(θ) = ν̄·(0, e): no w-part, and a u-part along a fixed unit vector e of
/// R^d drawn from the teacher's seed. Smooth, bounded, and ‖v(θ)‖ = ν̄ at every θ, so ν̄ is known exactly.
/// </summary>
/// <remarks>
/// Why: under u → −u (μ₀ is symmetric in u at every w) h_T is odd, so ∇_u h_T is even and ∂h_T/∂w
/// odd. A u-part even in u keeps its whole expectation E_μ₀⟨v, ∇_u h_T⟩: nothing cancels. The
/// previous map (ν̄/√p)·tanh(Bθ) had the opposite parity, so its expectation was exactly 0 at T = 1
/// and tiny beyond (ν̄_eff 22–120). Adding an odd-in-u w-part γ·tanh⟨b, u⟩ (normalized so ‖v‖ = ν̄)
/// was measured worse for every γ tried (0.5, 1, 2): higher ν̄_eff, lower split-half correlation
/// (docs/decisions.md). The same row map serves the v1 teacher and comparator.
/// </remarks>
public sealed class TransportMap
{
    private readonly double[] direction;

    public TransportMap(int inputDimension, double norm, ulong seed)
    {
        InputDimension = Guard.AtLeast(inputDimension, 1);
        Norm = Guard.Positive(norm);
        direction = UnitVector(CounterRng.For(seed, "teacher.transport.direction"), inputDimension);
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
        v[0] = 0.0;
        for (int c = 0; c < d; c++) v[1 + c] = Norm * direction[c];
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

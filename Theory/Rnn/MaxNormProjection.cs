using System.Runtime.CompilerServices;
using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// Π_ρ: projects each neuron's parameters (diagonal: (w_i, u_i); full matrix: row i of (W, U))
/// onto the Euclidean ball of radius ρ/√m around its initial value. ρ = +∞ is the unprojected control.
/// </summary>
public sealed class MaxNormProjection
{
    private readonly RnnParameters initial;
    private readonly double sqrtWidth;

    public MaxNormProjection(RnnParameters initial, double radius)
    {
        this.initial = Guard.NotNull(initial);
        Radius = Guard.NonNegativeOrInfinity(radius);
        sqrtWidth = Math.Sqrt(initial.Spec.Width);
        NeuronRadius = Radius / sqrtWidth;
    }

    /// <summary>ρ.</summary>
    public double Radius { get; }

    /// <summary>ρ/√m, the radius of each neuron's ball.</summary>
    public double NeuronRadius { get; }

    /// <summary>Moves every neuron that left its ball back to the nearest point on it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(RnnParameters theta)
    {
        if (double.IsPositiveInfinity(Radius)) return;
        for (int i = 0; i < theta.Spec.Width; i++)
        {
            Span<double> rec = theta.RecurrentOf(i), inp = theta.InputOf(i);
            ReadOnlySpan<double> rec0 = initial.RecurrentOf(i), inp0 = initial.InputOf(i);
            double distance = Math.Sqrt(SquaredDistance(rec, rec0) + SquaredDistance(inp, inp0));
            if (!(distance > NeuronRadius)) continue;
            double shrink = NeuronRadius / distance;
            PullTowards(rec, rec0, shrink);
            PullTowards(inp, inp0, shrink);
        }
    }

    /// <summary>max_i √m‖θ_i − θ_i(0)‖, the quantity the lazy-regime claim bounds by ρ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double MaxScaledDeviation(RnnParameters theta)
    {
        double max = 0;
        for (int i = 0; i < theta.Spec.Width; i++)
        {
            double squared = SquaredDistance(theta.RecurrentOf(i), initial.RecurrentOf(i))
                           + SquaredDistance(theta.InputOf(i), initial.InputOf(i));
            if (!(squared <= max)) max = squared;
        }
        return sqrtWidth * Math.Sqrt(max);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            double e = a[k] - b[k];
            sum += e * e;
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PullTowards(Span<double> value, ReadOnlySpan<double> centre, double shrink)
    {
        for (int k = 0; k < value.Length; k++) value[k] = centre[k] + shrink * (value[k] - centre[k]);
    }
}

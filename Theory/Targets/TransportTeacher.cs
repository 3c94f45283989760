using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// f*(X_{1:t}) = (1/M) Σ_k ⟨v(θ_k), ∇_θ h_t(X; θ_k)⟩ / s — a finite-M member of the transport class
/// F_ν̄, with h the diagonal neuron h_t = σ(w h_{t−1} + ⟨u, x_t⟩) and ∇_θ h_t carried forward in
/// time alongside h_t. The map v(θ) = (ν̄/√(1+d))·tanh(Bθ), B a fixed Gaussian matrix, is smooth
/// with ‖v‖ ≤ ν̄. The teacher's scale grows with S_T(λ); dividing by s (the std of its final output
/// on a reference sample of its own) keeps targets of unit scale, and the effective ν̄ is ν̄/s.
/// The same teacher, a function of X only, labels data for both models.
/// </summary>
public sealed class TransportTeacher
{
    private const int ReferenceSamples = 256;
    private readonly double[] recurrent, input, transportW, transportU, transportMatrix;
    private readonly double scale;

    public TransportTeacher(TeacherSpec spec, int sequenceLength)
    {
        Spec = Guard.NotNull(spec);
        SequenceLength = Guard.AtLeast(sequenceLength, 1);
        int atoms = spec.AtomCount, d = spec.InputDimension;
        recurrent = new double[atoms];
        input = new double[atoms * d];
        transportW = new double[atoms];
        transportU = new double[atoms * d];
        double[] b = transportMatrix = DrawTransportMatrix(spec);
        Span<double> theta = stackalloc double[d + 1];
        for (int k = 0; k < atoms; k++)
        {
            CounterRng rng = CounterRng.For(spec.Seed, "teacher.atom", k);
            recurrent[k] = rng.NextUniform(-spec.RecurrentScale, spec.RecurrentScale);
            rng.FillNormal(input.AsSpan(k * d, d));
            theta[0] = recurrent[k];
            input.AsSpan(k * d, d).CopyTo(theta[1..]);
            Transport(b, theta, spec.TransportNorm, out transportW[k], transportU.AsSpan(k * d, d));
        }
        scale = 1.0;
        scale = ReferenceScale();
    }

    public TeacherSpec Spec { get; }

    public int SequenceLength { get; }

    /// <summary>s, the std of the raw teacher's final output on its reference sample.</summary>
    public double OutputScale => scale;

    /// <summary>ν̄ of the normalized teacher: ν̄/s.</summary>
    public double EffectiveTransportNorm => Spec.TransportNorm / scale;

    /// <summary>v(θ)/s at θ = (w, u): the transport of the normalized teacher, written to <paramref name="v"/> as (v_w, v_u).</summary>
    public void NormalizedTransport(ReadOnlySpan<double> theta, Span<double> v)
    {
        Guard.Length(theta, Spec.InputDimension + 1);
        Guard.Length<double>(v, Spec.InputDimension + 1);
        Transport(transportMatrix, theta, Spec.TransportNorm, out v[0], v[1..]);
        for (int k = 0; k < v.Length; k++) v[k] /= scale;
    }

    /// <summary>f*(X_{1:t}) for t = 1 … T of one sequence ([step][coordinate]).</summary>
    public void Evaluate(ReadOnlySpan<double> sequence, Span<double> outputs)
    {
        int d = Spec.InputDimension, steps = SequenceLength;
        Guard.Length(sequence, steps * d);
        Guard.Length<double>(outputs, steps);
        Activation sigma = Spec.Activation;
        outputs.Clear();
        Span<double> dhdu = stackalloc double[d];
        for (int k = 0; k < Spec.AtomCount; k++)
        {
            double w = recurrent[k];
            ReadOnlySpan<double> u = input.AsSpan(k * d, d), vu = transportU.AsSpan(k * d, d);
            double h = 0, dhdw = 0;
            dhdu.Clear();
            for (int t = 0; t < steps; t++)
            {
                ReadOnlySpan<double> x = sequence.Slice(t * d, d);
                double z = w * h;
                for (int c = 0; c < d; c++) z += u[c] * x[c];
                double th = DetMath.Tanh(z);
                double slope = sigma.Scale * (1.0 - th * th);
                dhdw = slope * (h + w * dhdw);
                double directional = transportW[k] * dhdw;
                for (int c = 0; c < d; c++)
                {
                    dhdu[c] = slope * (x[c] + w * dhdu[c]);
                    directional += vu[c] * dhdu[c];
                }
                h = sigma.Scale * th;
                outputs[t] += directional;
            }
        }
        double norm = 1.0 / (Spec.AtomCount * scale);
        for (int t = 0; t < steps; t++) outputs[t] *= norm;
    }

    /// <summary>Labels the given inputs ([sample][step][coordinate]) with f* after every step.</summary>
    public Dataset Label(double[] inputs, int sampleCount)
    {
        int d = Spec.InputDimension, steps = SequenceLength;
        var targets = new double[sampleCount * steps];
        for (int j = 0; j < sampleCount; j++)
            Evaluate(inputs.AsSpan(j * steps * d, steps * d), targets.AsSpan(j * steps, steps));
        return new Dataset(sampleCount, steps, d, inputs, targets);
    }

    private double ReferenceScale()
    {
        double[] reference = UnitBallInputs.Draw(ReferenceSamples, SequenceLength, Spec.InputDimension,
            CounterRng.DeriveKey(Spec.Seed, "teacher.reference", []));
        Dataset labelled = Label(reference, ReferenceSamples);
        double std = Math.Sqrt(labelled.FinalTargetVariance());
        return std > 0 ? std : 1.0;
    }

    private static double[] DrawTransportMatrix(TeacherSpec spec)
    {
        int p = spec.InputDimension + 1;
        var b = new double[p * p];
        CounterRng rng = CounterRng.For(spec.Seed, "teacher.transport");
        rng.FillNormal(b);
        return b;
    }

    /// <summary>v(θ) = (ν̄/√p)·tanh(Bθ), p = 1 + d: each coordinate is bounded by ν̄/√p, so ‖v‖ ≤ ν̄.</summary>
    private static void Transport(double[] b, ReadOnlySpan<double> theta, double norm, out double vw, Span<double> vu)
    {
        int p = theta.Length;
        double coordinateBound = norm / Math.Sqrt(p);
        vw = 0;
        for (int r = 0; r < p; r++)
        {
            double s = 0;
            for (int c = 0; c < p; c++) s += b[r * p + c] * theta[c];
            double v = coordinateBound * DetMath.Tanh(s / Math.Sqrt(p));
            if (r == 0) vw = v; else vu[r - 1] = v;
        }
    }
}

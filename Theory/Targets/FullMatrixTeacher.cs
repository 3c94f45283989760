using Repro.Theory.Bounds;
using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// The v1 teacher from v1's own tangent features: a wide full-matrix reference network Θ_ref(0)
/// of width M (symmetric initialization, α chosen so σ₁‖W_ref(0)‖₂ = λ), moved by the row-wise bounded
/// transport Δ_i = (c_i/√M)·(0, ν̄e) (‖√M·Δ_i‖ = ν̄), and f*(X) = ⟨∇_Θ F(X; Θ_ref(0)), Δ⟩ / s. The same
/// row map v(W_i, U_i) = (0, ν̄e) gives a v1 student's comparator. Cost O(n·T·M²): M = 128 is the
/// measured choice (docs/decisions.md, "A v1 teacher from v1's tangent features").
/// </summary>
public sealed class FullMatrixTeacher
{
    private readonly RnnParameters reference, displacement;
    private readonly double[] direction;
    private readonly double scale;

    /// <param name="width">M, the reference network's width (even).</param>
    /// <param name="lambda">λ = σ₁‖W_ref(0)‖₂, matched to the student's.</param>
    /// <param name="seed">Seed of the transport direction e and of the reference sample.</param>
    /// <param name="networkSeed">Seed of the reference network (two seeds give the two independent halves of a split-half check).</param>
    public FullMatrixTeacher(int width, double lambda, double transportNorm, Activation activation, int inputDimension, int sequenceLength, ulong seed, ulong networkSeed)
    {
        Guard.Positive(lambda);
        TransportNorm = Guard.Positive(transportNorm);
        SequenceLength = Guard.AtLeast(sequenceLength, 1);
        var unit = new RnnSpec(ModelKind.FullMatrix, width, inputDimension, activation, 1.0);
        RnnParameters draw = SymmetricInit.Draw(unit, networkSeed);
        double norm = SpectralNorm.PowerIteration(draw.Recurrent, width);
        double alpha = lambda / (activation.Lipschitz * norm);
        for (int k = 0; k < draw.Recurrent.Length; k++) draw.Recurrent[k] *= alpha;   // W ∝ α: the same draw rescaled
        reference = new RnnParameters(new RnnSpec(ModelKind.FullMatrix, width, inputDimension, activation, alpha), draw.Recurrent, draw.Input, draw.OutputSigns);
        Lambda = activation.Lipschitz * SpectralNorm.PowerIteration(reference.Recurrent, width);
        direction = new TransportMap(inputDimension, 1.0, seed).DirectionOfInputPart();
        displacement = StudentDisplacement(reference, TransportNorm);
        scale = 1.0;
        double[] x = UnitBallInputs.Draw(TransportTeacher.ReferenceSamples, sequenceLength, inputDimension, CounterRng.DeriveKey(seed, "teacher.reference", []));
        double std = Math.Sqrt(Label(x, TransportTeacher.ReferenceSamples).FinalTargetVariance());
        scale = std > 0 ? std : 1.0;
    }

    public double TransportNorm { get; }

    public int SequenceLength { get; }

    /// <summary>The realized λ = σ₁‖W_ref(0)‖₂.</summary>
    public double Lambda { get; }

    /// <summary>ν̄/s.</summary>
    public double EffectiveTransportNorm => TransportNorm / scale;

    /// <summary>f*(X_{1:t}) for t = 1 … T of one sequence: a forward pass with one tangent, δH_t = σ'(Z_t)(W δH_{t−1} + ΔU x_t).</summary>
    public void Evaluate(ReadOnlySpan<double> sequence, Span<double> outputs)
    {
        int m = reference.Spec.Width, d = reference.Spec.InputDimension;
        Guard.Length(sequence, SequenceLength * d);
        Guard.Length<double>(outputs, SequenceLength);
        double a = reference.Spec.Activation.Scale, inverseSqrtWidth = 1.0 / Math.Sqrt(m);
        double[] h = new double[m], dh = new double[m], next = new double[m], nextTangent = new double[m];
        for (int t = 0; t < SequenceLength; t++)
        {
            ReadOnlySpan<double> x = sequence.Slice(t * d, d);
            double along = 0;   // ⟨e, x_t⟩: ΔU_i x_t = (c_i ν̄/√M)·⟨e, x_t⟩
            for (int c = 0; c < d; c++) along += direction[c] * x[c];
            for (int i = 0; i < m; i++)
            {
                (double wh, double wdh) = RowTimes(reference.RecurrentOf(i), h, dh);
                double zi = Dot(reference.InputOf(i), x) + wh;
                double dzi = reference.OutputSigns[i] * TransportNorm * inverseSqrtWidth * along + wdh;
                double th = DetMath.Tanh(zi);
                next[i] = a * th;
                nextTangent[i] = a * (1.0 - th * th) * dzi;
            }
            (h, next) = (next, h);
            (dh, nextTangent) = (nextTangent, dh);
            outputs[t] = OutputLayer.Evaluate(dh, reference.OutputSigns, inverseSqrtWidth) / scale;
        }
    }

    /// <summary>Labels the given inputs ([sample][step][coordinate]) with f* after every step (samples in parallel).</summary>
    public Dataset Label(double[] inputs, int sampleCount)
    {
        int d = reference.Spec.InputDimension, steps = SequenceLength;
        Guard.Length<double>(Guard.NotNull(inputs), sampleCount * steps * d);
        var targets = new double[sampleCount * steps];
        Parallel.For(0, sampleCount, j => Evaluate(inputs.AsSpan(j * steps * d, steps * d), targets.AsSpan(j * steps, steps)));
        return new Dataset(sampleCount, steps, d, inputs, targets);
    }

    /// <summary>Θ_ref(0) and Δ of the raw teacher (for the independent check through <see cref="Linearization"/>).</summary>
    public (RnnParameters Reference, RnnParameters Transport) Linearized() => (reference.Clone(), displacement.Clone());

    /// <summary>The v1 student's comparator displacement Θ̄ − Θ(0): row i moves by (c_i/√m)·(0, (ν̄/s)e).</summary>
    public RnnParameters Displacement(RnnParameters initial) => StudentDisplacement(Guard.NotNull(initial), TransportNorm / scale);

    /// <summary>(⟨w, h⟩, ⟨w, δh⟩) with four partial sums each (k mod 4, in increasing k; m is even), added as (p0+p1)+(p2+p3).</summary>
    private static (double, double) RowTimes(ReadOnlySpan<double> w, double[] h, double[] dh)
    {
        double h0 = 0, h1 = 0, h2 = 0, h3 = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        int k = 0, whole = w.Length / 4 * 4;
        for (; k < whole; k += 4)
        {
            h0 += w[k] * h[k]; h1 += w[k + 1] * h[k + 1]; h2 += w[k + 2] * h[k + 2]; h3 += w[k + 3] * h[k + 3];
            d0 += w[k] * dh[k]; d1 += w[k + 1] * dh[k + 1]; d2 += w[k + 2] * dh[k + 2]; d3 += w[k + 3] * dh[k + 3];
        }
        for (; k < w.Length; k++)
        {
            h0 += w[k] * h[k];
            d0 += w[k] * dh[k];
        }
        return ((h0 + h1) + (h2 + h3), (d0 + d1) + (d2 + d3));
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++) sum += a[k] * b[k];
        return sum;
    }

    private RnnParameters StudentDisplacement(RnnParameters initial, double norm)
    {
        RnnParameters delta = initial.ZerosLike();
        int d = initial.Spec.InputDimension;
        double inverseSqrtWidth = 1.0 / Math.Sqrt(initial.Spec.Width);
        for (int i = 0; i < initial.Spec.Width; i++)
            for (int c = 0; c < d; c++) delta.Input[i * d + c] = initial.OutputSigns[i] * inverseSqrtWidth * norm * direction[c];
        return delta;
    }
}

using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// f*(X_{1:t}) = (1/M) Σ_k ⟨v(θ_k), ∇_θ h_t(X; θ_k)⟩ / s — a finite-M member of the transport class
/// F_ν̄, with h the diagonal neuron h_t = σ(w h_{t−1} + ⟨u, x_t⟩), atoms θ_k ~ μ₀ and the map
/// v = <see cref="TransportMap"/> (‖v(θ)‖ = ν̄ at every θ, with an even component so that its
/// expectation does not cancel). The teacher's scale grows with S_T(λ); dividing by s (the std of
/// its final output on a reference sample of its own) keeps targets of unit scale, and the
/// effective ν̄ is ν̄/s. The same teacher, a function of X only, labels data for both models.
/// </summary>
public sealed class TransportTeacher
{
    /// <summary>Size of the teacher's own reference sample (for s and the split-half correlation).</summary>
    public const int ReferenceSamples = 256;

    private readonly TeacherAtoms atoms;
    private readonly double scale;

    public TransportTeacher(TeacherSpec spec, int sequenceLength)
    {
        Spec = Guard.NotNull(spec);
        SequenceLength = Guard.AtLeast(sequenceLength, 1);
        int d = spec.InputDimension;
        Map = new TransportMap(d, spec.TransportNorm, spec.Seed);
        atoms = new TeacherAtoms(spec.AtomCount, d, spec.Activation.Scale);
        Span<double> theta = stackalloc double[d + 1], v = stackalloc double[d + 1];
        for (int k = 0; k < spec.AtomCount; k++)
        {
            CounterRng rng = CounterRng.For(spec.Seed, "teacher.atom", k);
            theta[0] = rng.NextUniform(-spec.RecurrentScale, spec.RecurrentScale);
            rng.FillNormal(theta[1..]);
            Map.Evaluate(theta, v);
            atoms.Set(k, theta, v);
        }
        double[] reference = ReferenceInputs();
        scale = 1.0;
        double std = Math.Sqrt(Label(reference, ReferenceSamples).FinalTargetVariance());
        scale = std > 0 ? std : 1.0;
        SplitHalfCorrelation = HalvesCorrelation(reference);
    }

    public TeacherSpec Spec { get; }

    public int SequenceLength { get; }

    /// <summary>The transport map v, ‖v(θ)‖ = ν̄ everywhere.</summary>
    public TransportMap Map { get; }

    /// <summary>ν̄ of the raw teacher: ‖v(θ)‖ = ν̄ at every θ, hence sup over the atoms too.</summary>
    public double TransportNorm => Map.Norm;

    /// <summary>s, the std of the raw teacher's final output on its reference sample.</summary>
    public double OutputScale => scale;

    /// <summary>ν̄ of the normalized teacher: ν̄/s.</summary>
    public double EffectiveTransportNorm => Spec.TransportNorm / scale;

    /// <summary>
    /// Pearson correlation, over the reference sample's final outputs, of the teacher built from the
    /// first ⌈M/16⌉·8 atoms with the one built from the rest: near 1 when the target is the
    /// expectation, not Monte-Carlo noise.
    /// </summary>
    public double SplitHalfCorrelation { get; }

    /// <summary>
    /// ½(1 − ρ)/(1 + ρ), ρ = <see cref="SplitHalfCorrelation"/>: the relative loss R̂/Var that a comparator matching
    /// the infinite-atom expectation E_μ₀ exactly would still have against this M-atom teacher. With halves
    /// f + e_A, f + e_B (noise variance σ² each) ρ = V/(V + σ²); the full teacher's noise is σ²/2, a fraction
    /// (1 − ρ)/(1 + ρ) of its variance. A student's comparator cannot certify an ε below this floor.
    /// </summary>
    public double MonteCarloLossFloor => 0.5 * (1.0 - SplitHalfCorrelation) / (1.0 + SplitHalfCorrelation);

    /// <summary>The teacher's own reference sample (drawn from its seed): the inputs s and the split-half correlation are measured on.</summary>
    public double[] ReferenceInputs()
        => UnitBallInputs.Draw(ReferenceSamples, SequenceLength, Spec.InputDimension, CounterRng.DeriveKey(Spec.Seed, "teacher.reference", []));

    /// <summary>θ_k = (w_k, u_k), atom k of the teacher.</summary>
    public void Atom(int k, Span<double> theta)
    {
        CheckAtom(k);
        Guard.Length<double>(theta, Spec.InputDimension + 1);
        atoms.Atom(k, theta);
    }

    /// <summary>v(θ_k) as the teacher stores and uses it (raw, not divided by s).</summary>
    public void AtomTransport(int k, Span<double> v)
    {
        CheckAtom(k);
        Guard.Length<double>(v, Spec.InputDimension + 1);
        atoms.Transport(k, v);
    }

    /// <summary>v(θ)/s at θ = (w, u): the transport of the normalized teacher, written to <paramref name="v"/> as (v_w, v_u).</summary>
    public void NormalizedTransport(ReadOnlySpan<double> theta, Span<double> v)
    {
        Map.Evaluate(theta, v);
        for (int k = 0; k < v.Length; k++) v[k] /= scale;
    }

    /// <summary>f*(X_{1:t}) for t = 1 … T of one sequence ([step][coordinate]).</summary>
    public void Evaluate(ReadOnlySpan<double> sequence, Span<double> outputs)
    {
        Guard.Length(sequence, SequenceLength * Spec.InputDimension);
        Guard.Length<double>(outputs, SequenceLength);
        atoms.Directional(sequence, SequenceLength, 0, atoms.Padded, outputs);
        double norm = 1.0 / (Spec.AtomCount * scale);
        for (int t = 0; t < SequenceLength; t++) outputs[t] *= norm;
    }

    /// <summary>Labels the given inputs ([sample][step][coordinate]) with f* after every step (samples in parallel; each is independent).</summary>
    public Dataset Label(double[] inputs, int sampleCount)
    {
        int d = Spec.InputDimension, steps = SequenceLength;
        Guard.Length<double>(Guard.NotNull(inputs), sampleCount * steps * d);
        var targets = new double[sampleCount * steps];
        Parallel.For(0, sampleCount, j => Evaluate(inputs.AsSpan(j * steps * d, steps * d), targets.AsSpan(j * steps, steps)));
        return new Dataset(sampleCount, steps, d, inputs, targets);
    }

    /// <summary>Correlation of the two half-teachers' final outputs on the reference sample (NaN if M ≤ 8: no second half).</summary>
    private double HalvesCorrelation(double[] reference)
    {
        int steps = SequenceLength, d = Spec.InputDimension;
        int split = (Spec.AtomCount + 2 * TeacherAtoms.Lanes - 1) / (2 * TeacherAtoms.Lanes) * TeacherAtoms.Lanes;
        if (split >= Spec.AtomCount) return double.NaN;
        double[] first = new double[ReferenceSamples], second = new double[ReferenceSamples];
        Parallel.For(0, ReferenceSamples, j =>
        {
            ReadOnlySpan<double> x = reference.AsSpan(j * steps * d, steps * d);
            Span<double> sums = new double[steps];
            atoms.Directional(x, steps, 0, split, sums);
            first[j] = sums[steps - 1];
            atoms.Directional(x, steps, split, atoms.Padded, sums);
            second[j] = sums[steps - 1];
        });
        return Correlation(first, second);
    }

    private void CheckAtom(int k)
    {
        if (k < 0 || k >= Spec.AtomCount)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"atom index must be in [0, {Spec.AtomCount}).");
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = 0, mb = 0;
        for (int j = 0; j < a.Length; j++) { ma += a[j]; mb += b[j]; }
        ma /= a.Length;
        mb /= b.Length;
        double sab = 0, saa = 0, sbb = 0;
        for (int j = 0; j < a.Length; j++)
        {
            sab += (a[j] - ma) * (b[j] - mb);
            saa += (a[j] - ma) * (a[j] - ma);
            sbb += (b[j] - mb) * (b[j] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }
}

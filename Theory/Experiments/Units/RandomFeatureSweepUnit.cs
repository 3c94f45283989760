using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// C7: the transported comparator's random-feature error |F_lin(X_j; Θ̄) − y_j| of one initialization (seed) of one
/// (data, teacher) draw, at every width of a nested grid and every octave prefix n of the task's nested dataset, in one
/// pass over its <see cref="TaskSetting.SampleCount"/> samples (no training). Diagonal model only: the transport acts on (w, u).
/// </summary>
/// <param name="Task">The problem; its sample count is the largest n.</param>
/// <param name="SmallestWidth">The smallest width m (even, ≥ 2).</param>
/// <param name="LargestWidth">The largest width: SmallestWidth·2^k.</param>
/// <param name="WidthsPerOctave">Widths per doubling of m (each rounded to an even number, repeats dropped).</param>
/// <param name="SmallestSampleCount">The smallest n; the others double up to the task's (which must be SmallestSampleCount·2^k).</param>
/// <param name="Seed">The initialization's seed.</param>
public sealed record RandomFeatureSweepUnit(TaskSetting Task, int SmallestWidth, int LargestWidth, int WidthsPerOctave, int SmallestSampleCount, int Seed) : IUnit
{
    /// <summary>Atom-steps (one neuron, one time step, with its tangent) per single-core second, measured (docs/decisions.md).</summary>
    private const double AtomStepsPerSecond = 1.5e8;

    public string Kind => "random-feature-sweep";

    public string Label() => $"random-feature sweep {Task.Describe()} m={SmallestWidth}…{LargestWidth} seed={Seed}";

    /// <summary>One tangent pass of m/2 neurons per sample; the dataset (labelled once per draw) is shared by the draw's seeds.</summary>
    public double EstimatedCost() => (double)Task.SampleCount * Task.SequenceLength * (LargestWidth / 2 + 8) / AtomStepsPerSecond;

    /// <summary>The widths m: SmallestWidth·2^(k/WidthsPerOctave) rounded to even, without repeats, up to LargestWidth.</summary>
    public int[] Widths()
    {
        Check();
        var widths = new List<int>();
        double step = DetMath.Log(2.0) / WidthsPerOctave;
        for (int k = 0; ; k++)
        {
            int m = k % WidthsPerOctave == 0 ? SmallestWidth << (k / WidthsPerOctave) : 2 * (int)Math.Round(0.5 * SmallestWidth * DetMath.Exp(k * step));
            if (m > LargestWidth) break;
            if (widths.Count == 0 || m > widths[^1]) widths.Add(m);
        }
        return [.. widths];
    }

    /// <summary>The prefixes n: SmallestSampleCount·2^k up to the task's sample count.</summary>
    public int[] SampleCounts()
    {
        Check();
        var counts = new List<int>();
        for (int n = SmallestSampleCount; n <= Task.SampleCount; n *= 2) counts.Add(n);
        return [.. counts];
    }

    public object Execute(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        Dataset data = LabelledData.For(Task);
        TransportTeacher teacher = LabelledData.Teacher(Task);
        RnnParameters initial = Task.Initial(LargestWidth, Seed);
        RandomFeatureTable errors = RandomFeatureSweep.Measure(initial, teacher, data, Widths(), SampleCounts(), cancellation);
        double correlation = teacher.SplitHalfCorrelation;
        return new RandomFeatureSweepOutcome(errors, data.FinalTargetVariance(), Math.Sqrt((1 - correlation) / (1 + correlation)), teacher.EffectiveTransportNorm);
    }

    private void Check()
    {
        if (Task.Model != ModelNames.Diagonal) throw new ArgumentException($"Model must be {ModelNames.Diagonal} (the transport acts on (w, u)).", nameof(Task));
        if (SmallestWidth < 2 || SmallestWidth % 2 != 0) throw new ArgumentOutOfRangeException(nameof(SmallestWidth), SmallestWidth, "must be even and ≥ 2.");
        if (!IsPowerOfTwoMultiple(LargestWidth, SmallestWidth)) throw new ArgumentOutOfRangeException(nameof(LargestWidth), LargestWidth, "must be SmallestWidth·2^k.");
        if (WidthsPerOctave < 1 || WidthsPerOctave > 16) throw new ArgumentOutOfRangeException(nameof(WidthsPerOctave), WidthsPerOctave, "must be in [1, 16].");
        if (SmallestSampleCount < 1 || !IsPowerOfTwoMultiple(Task.SampleCount, SmallestSampleCount))
            throw new ArgumentOutOfRangeException(nameof(SmallestSampleCount), SmallestSampleCount, "must be ≥ 1 with the task's sample count SmallestSampleCount·2^k.");
    }

    private static bool IsPowerOfTwoMultiple(int value, int unit) => value >= unit && value % unit == 0 && int.IsPow2(value / unit);
}

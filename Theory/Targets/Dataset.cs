using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// n input sequences X_j = (x_1, …, x_T), x_t ∈ R^d, stored [sample][step][coordinate], and the
/// targets y_{j,t} after every step (the final-output loss uses y_{j,T}).
/// </summary>
public sealed class Dataset
{
    public Dataset(int sampleCount, int sequenceLength, int inputDimension, double[] inputs, double[] targets)
    {
        SampleCount = Guard.AtLeast(sampleCount, 1);
        SequenceLength = Guard.AtLeast(sequenceLength, 1);
        InputDimension = Guard.AtLeast(inputDimension, 1);
        Guard.Length<double>(Guard.NotNull(inputs), sampleCount * sequenceLength * inputDimension);
        Guard.Length<double>(Guard.NotNull(targets), sampleCount * sequenceLength);
        Guard.AllFinite(inputs);
        Guard.AllFinite(targets);
        Inputs = inputs;
        Targets = targets;
    }

    /// <summary>n.</summary>
    public int SampleCount { get; }

    /// <summary>T.</summary>
    public int SequenceLength { get; }

    /// <summary>d.</summary>
    public int InputDimension { get; }

    /// <summary>All inputs, [sample][step][coordinate].</summary>
    public double[] Inputs { get; }

    /// <summary>All targets, [sample][step].</summary>
    public double[] Targets { get; }

    public ReadOnlySpan<double> Sequence(int sample)
        => Inputs.AsSpan(sample * SequenceLength * InputDimension, SequenceLength * InputDimension);

    public ReadOnlySpan<double> TargetsOf(int sample) => Targets.AsSpan(sample * SequenceLength, SequenceLength);

    public double FinalTarget(int sample) => Targets[sample * SequenceLength + SequenceLength - 1];

    /// <summary>Empirical variance of the final targets (the unit of the relative loss), in a fixed summation order.</summary>
    public double FinalTargetVariance()
    {
        double mean = 0;
        for (int j = 0; j < SampleCount; j++) mean += FinalTarget(j);
        mean /= SampleCount;
        double sum = 0;
        for (int j = 0; j < SampleCount; j++)
        {
            double e = FinalTarget(j) - mean;
            sum += e * e;
        }
        return sum / SampleCount;
    }

    /// <summary>The first <paramref name="count"/> samples (datasets for growing n are nested).</summary>
    public Dataset Prefix(int count)
    {
        Guard.AtLeast(count, 1);
        if (count > SampleCount) throw new ArgumentOutOfRangeException(nameof(count), count, $"count must be ≤ {SampleCount}.");
        int perSample = SequenceLength * InputDimension;
        return new Dataset(count, SequenceLength, InputDimension, Inputs[..(count * perSample)], Targets[..(count * SequenceLength)]);
    }
}

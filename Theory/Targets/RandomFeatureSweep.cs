using Repro.Theory.Rnn;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// C7's random-feature error at many widths and sample counts in one pass, with no n×m feature matrix. Under the
/// symmetric initialization F(X; Θ(0)) = 0 and twins i, i + m/2 share θ_i(0) with opposite c_i, so the comparator's
/// linearization is F_lin(X; Θ̄) = (1/√m) Σ_i c_i ⟨∇_θ h_T(X; θ_i(0)), (c_i/√m) v(θ_i(0))⟩ = (2/m) Σ_{i &lt; m/2} g_i(X),
/// g_i(X) = ⟨∇_θ h_T(X; θ_i(0)), v(θ_i(0))⟩ the i-th random feature. Each neuron draws from its own stream, so the
/// width-m initialization is the first m/2 pairs of the widest one: one forward-with-tangent pass per sample over the
/// widest, summed in neuron order, gives every width; running maxima and sums of squares give every prefix n.
/// Memory O(m + T·d) beyond the dataset; cost one tangent pass of m/2 neurons per sample.
/// </summary>
public static class RandomFeatureSweep
{
    /// <summary>
    /// The table for the widest initialization <paramref name="initial"/> (its width is the last of <paramref name="widths"/>)
    /// against the dataset's final targets, at the prefixes <paramref name="sampleCounts"/> (the last at most n).
    /// </summary>
    public static RandomFeatureTable Measure(RnnParameters initial, TransportTeacher teacher, Dataset data,
        IReadOnlyList<int> widths, IReadOnlyList<int> sampleCounts, CancellationToken cancellation = default)
    {
        Guard.NotNull(initial);
        Guard.NotNull(teacher);
        Guard.NotNull(data);
        RnnSpec spec = initial.Spec;
        if (spec.Kind != ModelKind.Diagonal) throw new ArgumentException("the transported comparator is defined for the diagonal model only.", nameof(initial));
        if (spec.InputDimension != data.InputDimension || spec.InputDimension != teacher.Spec.InputDimension)
            throw new ArgumentException("network, teacher and data differ in input dimension.", nameof(data));
        RequireIncreasing(widths, 2, spec.Width, nameof(widths));
        if (widths[^1] != spec.Width) throw new ArgumentException($"the last width must be the initialization's ({spec.Width}).", nameof(widths));
        if (widths.Any(m => m % 2 != 0)) throw new ArgumentException("widths must be even (twin pairs).", nameof(widths));
        RequireIncreasing(sampleCounts, 1, data.SampleCount, nameof(sampleCounts));

        TeacherAtoms features = Features(initial, teacher);
        int steps = data.SequenceLength, half = spec.Width / 2;
        var tangents = new double[features.Padded];
        var worst = new double[widths.Count];
        var squares = new double[widths.Count];
        double[][] max = widths.Select(_ => new double[sampleCounts.Count]).ToArray();
        double[][] rms = widths.Select(_ => new double[sampleCounts.Count]).ToArray();
        int next = 0;
        for (int j = 0; j < sampleCounts[^1]; j++)
        {
            if ((j & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            features.FinalTangents(data.Sequence(j), steps, tangents);
            double y = data.FinalTarget(j), sum = 0;
            for (int i = 0, w = 0; i < half; i++)
            {
                sum += tangents[i];
                if (i + 1 != widths[w] / 2) continue;
                double error = Math.Abs(2.0 * sum / widths[w] - y);
                worst[w] = Math.Max(worst[w], error);
                squares[w] += error * error;
                w++;
            }
            if (j + 1 != sampleCounts[next]) continue;
            for (int w = 0; w < widths.Count; w++)
            {
                max[w][next] = worst[w];
                rms[w][next] = Math.Sqrt(squares[w] / (j + 1));
            }
            next++;
        }
        return new RandomFeatureTable([.. widths], [.. sampleCounts], max, rms);
    }

    /// <summary>The first m/2 neurons θ_i(0) as atoms with their transports v(θ_i(0)) of the normalized teacher.</summary>
    private static TeacherAtoms Features(RnnParameters initial, TransportTeacher teacher)
    {
        int d = initial.Spec.InputDimension, half = initial.Spec.Width / 2;
        var features = new TeacherAtoms(half, d, initial.Spec.Activation.Scale);
        Span<double> theta = stackalloc double[d + 1], v = stackalloc double[d + 1];
        for (int i = 0; i < half; i++)
        {
            theta[0] = initial.Recurrent[i];
            initial.InputOf(i).CopyTo(theta[1..]);
            teacher.NormalizedTransport(theta, v);
            features.Set(i, theta, v);
        }
        return features;
    }

    private static void RequireIncreasing(IReadOnlyList<int> values, int minimum, int maximum, string name)
    {
        Guard.NotNull(values, name);
        if (values.Count == 0) throw new ArgumentException("must not be empty.", name);
        for (int k = 0; k < values.Count; k++)
            if (values[k] < minimum || values[k] > maximum || (k > 0 && values[k] <= values[k - 1]))
                throw new ArgumentOutOfRangeException(name, values[k], $"must increase strictly within [{minimum}, {maximum}].");
    }
}

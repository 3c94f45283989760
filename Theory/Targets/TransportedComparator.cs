using Repro.Theory.Rnn;
using Repro.Theory.Validation;

namespace Repro.Theory.Targets;

/// <summary>
/// The transported comparator of the diagonal model: θ̄_i = θ_i(0) + (c_i/√m)·v(θ_i(0)). Its
/// linearization F_lin(X; Θ̄) = (1/m) Σ_i ⟨v(θ_i(0)), ∇_θ h_T(X; θ_i(0))⟩ is an m-sample
/// Monte-Carlo estimate of the teacher f*(X); how far it is from f* on n points is the
/// random-feature error that C7 predicts to scale like √(log(n/δ)/m).
/// </summary>
public static class TransportedComparator
{
    /// <summary>Θ̄ − Θ(0): neuron i moves by (c_i/√m)·v(θ_i(0)).</summary>
    public static RnnParameters Displacement(RnnParameters initial, TransportTeacher teacher)
    {
        Guard.NotNull(initial);
        Guard.NotNull(teacher);
        RnnSpec spec = initial.Spec;
        if (spec.Kind != ModelKind.Diagonal)
            throw new ArgumentException("the transported comparator is defined for the diagonal model only.", nameof(initial));
        if (spec.InputDimension != teacher.Spec.InputDimension)
            throw new ArgumentException("teacher and network differ in input dimension.", nameof(teacher));
        RnnParameters displacement = initial.ZerosLike();
        int d = spec.InputDimension;
        Span<double> theta = stackalloc double[d + 1], v = stackalloc double[d + 1];
        double inverseSqrtWidth = 1.0 / Math.Sqrt(spec.Width);
        for (int i = 0; i < spec.Width; i++)
        {
            theta[0] = initial.Recurrent[i];
            initial.InputOf(i).CopyTo(theta[1..]);
            teacher.NormalizedTransport(theta, v);
            double weight = initial.OutputSigns[i] * inverseSqrtWidth;
            displacement.Recurrent[i] = weight * v[0];
            for (int k = 0; k < d; k++) displacement.Input[i * d + k] = weight * v[k + 1];
        }
        return displacement;
    }

    /// <summary>
    /// Θ̄ for this student, its relative loss (real network and linearization), its displacement D and
    /// ‖Θ̄ − Θ(0)‖²: everything principle 2 checks at a setting. Pure: no state, no I/O.
    /// </summary>
    public static ComparatorAssessment Assess(RnnParameters initial, TransportTeacher teacher, Dataset data)
        => Assess(initial, Displacement(initial, teacher), data);

    /// <summary>The same for a v1 student against the v1 teacher: row i moves by (c_i/√m)·(0, ν̄_eff·e).</summary>
    public static ComparatorAssessment Assess(RnnParameters initial, FullMatrixTeacher teacher, Dataset data)
    {
        Guard.NotNull(initial);
        if (initial.Spec.Kind != ModelKind.FullMatrix)
            throw new ArgumentException("the v1 teacher's comparator is defined for the full-matrix model only.", nameof(initial));
        return Assess(initial, Guard.NotNull(teacher).Displacement(initial), data);
    }

    private static ComparatorAssessment Assess(RnnParameters initial, RnnParameters displacement, Dataset data)
    {
        Guard.NotNull(data);
        RnnParameters comparator = initial.Clone();
        for (int k = 0; k < comparator.Recurrent.Length; k++) comparator.Recurrent[k] += displacement.Recurrent[k];
        for (int k = 0; k < comparator.Input.Length; k++) comparator.Input[k] += displacement.Input[k];
        double variance = data.FinalTargetVariance();
        double loss = new GradientEngine(initial.Spec, data, LossKind.FinalOutput).Evaluate(comparator);
        int n = data.SampleCount;
        double[] outputs = new double[n], slopes = new double[n];
        Linearization.Evaluate(initial, displacement, data, outputs, slopes);
        double squares = 0;
        for (int j = 0; j < n; j++)
        {
            double r = outputs[j] + slopes[j] - data.FinalTarget(j);
            squares += r * r;
        }
        double widest = 0, total = 0;
        for (int i = 0; i < initial.Spec.Width; i++)
        {
            double neuron = 0;
            foreach (double c in displacement.RecurrentOf(i)) neuron += c * c;
            foreach (double c in displacement.InputOf(i)) neuron += c * c;
            widest = Math.Max(widest, neuron);
            total += neuron;
        }
        return new ComparatorAssessment(comparator, loss / variance, 0.5 * squares / n / variance,
            Math.Sqrt(initial.Spec.Width * widest), total, variance);
    }

    /// <summary>max_j |F_lin(X_j; Θ̄) − y_j| over the dataset's final targets.</summary>
    public static double MaxError(RnnParameters initial, TransportTeacher teacher, Dataset data) => Measure(initial, teacher, data).MaxError;

    /// <summary>The worst and the root-mean-square |F_lin(X_j; Θ̄) − y_j| over the dataset's final targets.</summary>
    public static RandomFeatureError Measure(RnnParameters initial, TransportTeacher teacher, Dataset data)
    {
        RnnParameters displacement = Displacement(initial, teacher);
        int n = data.SampleCount;
        double[] outputs = new double[n], slopes = new double[n];
        Linearization.Evaluate(initial, displacement, data, outputs, slopes);
        double max = 0, squares = 0;
        for (int j = 0; j < n; j++)
        {
            double error = Math.Abs(outputs[j] + slopes[j] - data.FinalTarget(j));
            max = Math.Max(max, error);
            squares += error * error;
        }
        return new RandomFeatureError(max, Math.Sqrt(squares / n));
    }
}

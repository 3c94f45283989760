using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// The measured curvature of the loss at initialization (C4 (d), descriptive): the largest eigenvalue of the initial
/// NTK Gram matrix (1/n)·J·Jᵀ, which equals that of the Gauss–Newton Hessian (1/n)·JᵀJ. Since F(X; Θ(0)) = 0 exactly,
/// ∇_Θ F(X_j) is the gradient of ½(F − y)² on sample j alone with y = −1, so each row is one backward pass.
/// </summary>
public sealed record CurvatureUnit(TaskSetting Task, int Width, int Seed) : IUnit
{
    private const int PowerIterations = 300;

    public string Kind => "curvature";

    public string Label() => $"curvature {Task.Describe()} m={Width} seed={Seed}";

    public double EstimatedCost()
    {
        bool diagonal = Task.Model == ModelNames.Diagonal;
        double perNeuron = diagonal ? 4.0 * Task.InputDimension + 40 : 6.0 * Width + 4.0 * Task.InputDimension + 40;
        return (double)Task.SampleCount * Task.SequenceLength * Width * perNeuron / (diagonal ? 6e9 : 40e9);
    }

    public object Execute(CancellationToken cancellation)
    {
        Dataset data = LabelledData.For(Task);
        RnnParameters initial = Task.Initial(Width, Seed);
        int n = data.SampleCount, steps = data.SequenceLength, d = data.InputDimension;
        var rows = new RnnParameters[n];
        for (int j = 0; j < n; j++)
        {
            cancellation.ThrowIfCancellationRequested();
            var targets = new double[steps];
            Array.Fill(targets, -1.0);
            var one = new Dataset(1, steps, d, data.Sequence(j).ToArray(), targets);
            rows[j] = initial.ZerosLike();
            new GradientEngine(initial.Spec, one, LossKind.FinalOutput).Evaluate(initial, rows[j]);
        }
        var gram = new double[n * n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k <= j; k++)
                gram[j * n + k] = gram[k * n + j] = (Dot(rows[j].Recurrent, rows[k].Recurrent) + Dot(rows[j].Input, rows[k].Input)) / n;
        return new CurvatureOutcome(LargestEigenvalue(gram, n), data.FinalTargetVariance());
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>λ_max of a symmetric positive semi-definite matrix by power iteration from a fixed start (deterministic).</summary>
    private static double LargestEigenvalue(double[] matrix, int size)
    {
        var v = new double[size];
        var next = new double[size];
        Array.Fill(v, 1.0 / Math.Sqrt(size));
        double eigenvalue = 0;
        for (int it = 0; it < PowerIterations; it++)
        {
            for (int r = 0; r < size; r++)
            {
                double s = 0;
                for (int c = 0; c < size; c++) s += matrix[r * size + c] * v[c];
                next[r] = s;
            }
            double norm = Math.Sqrt(Dot(next, next));
            if (norm == 0) return 0;
            eigenvalue = norm;
            for (int r = 0; r < size; r++) v[r] = next[r] / norm;
        }
        return eigenvalue;
    }
}

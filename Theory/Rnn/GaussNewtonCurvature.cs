using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// The largest eigenvalue of the Gauss–Newton curvature (1/n)·JᵀJ of R̂ at a point Θ, J the n rows ∇_Θ F(X_j; Θ), through
/// the NTK Gram matrix (1/n)·J·Jᵀ, which has the same nonzero spectrum. GD on R̂ is stable near Θ when η·λ_max ≤ 2; the
/// claims ask for η·λ_max ≤ 1. Each row is one backward pass: on sample j alone with the target y_j = F(X_j; Θ) − 1,
/// ∇½(F − y_j)² = (F − y_j)·∇F = ∇F (to one rounding of F − 1; exactly at Θ(0), where F = 0 and y_j = −1).
/// </summary>
public static class GaussNewtonCurvature
{
    private const int PowerIterations = 300;

    /// <summary>λ_max((1/n)·J·Jᵀ) at <paramref name="theta"/> on <paramref name="data"/>; NaN when Θ is not finite.</summary>
    public static double LargestEigenvalue(RnnParameters theta, Dataset data, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(data);
        if (!theta.IsFinite()) return double.NaN;
        int n = data.SampleCount, steps = data.SequenceLength, d = data.InputDimension;
        var outputs = new double[n];
        new GradientEngine(theta.Spec, data, LossKind.FinalOutput).FinalOutputs(theta, outputs);
        var rows = new RnnParameters[n];
        for (int j = 0; j < n; j++)
        {
            cancellation.ThrowIfCancellationRequested();
            var targets = new double[steps];
            Array.Fill(targets, outputs[j] - 1.0);
            var one = new Dataset(1, steps, d, data.Sequence(j).ToArray(), targets);
            rows[j] = theta.ZerosLike();
            new GradientEngine(theta.Spec, one, LossKind.FinalOutput).Evaluate(theta, rows[j]);
        }
        var gram = new double[n * n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k <= j; k++)
                gram[j * n + k] = gram[k * n + j] = (Dot(rows[j].Recurrent, rows[k].Recurrent) + Dot(rows[j].Input, rows[k].Input)) / n;
        return LargestEigenvalue(gram, n);
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

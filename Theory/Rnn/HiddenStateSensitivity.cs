using Repro.Theory.Numerics;
using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// The largest parameter sensitivity of the last hidden state over samples and neurons (C2):
/// diagonal — |∂h_T^i/∂w_i| and ‖∂h_T^i/∂u_i‖₂; full matrix — ‖∂H_T/∂W_i·‖_F and ‖∂H_T/∂U_i·‖_F
/// (the whole state's Jacobian with respect to row i, Frobenius norm). Computed by forward-mode
/// differentiation, exactly the recursion the bounds are proved from.
/// </summary>
public static class HiddenStateSensitivity
{
    public static SensitivityMeasurement Measure(RnnParameters theta, Dataset data)
        => theta.Spec.Kind == ModelKind.Diagonal ? Diagonal(theta, data) : FullMatrix(theta, data);

    private static SensitivityMeasurement Diagonal(RnnParameters theta, Dataset data)
    {
        int m = theta.Spec.Width, d = theta.Spec.InputDimension, steps = data.SequenceLength;
        double a = theta.Spec.Activation.Scale;
        double maxRecurrent = 0, maxInput = 0;
        Span<double> dhdu = stackalloc double[d];
        for (int j = 0; j < data.SampleCount; j++)
        {
            ReadOnlySpan<double> sequence = data.Sequence(j);
            for (int i = 0; i < m; i++)
            {
                double w = theta.Recurrent[i], h = 0, dhdw = 0;
                ReadOnlySpan<double> u = theta.InputOf(i);
                dhdu.Clear();
                for (int t = 0; t < steps; t++)
                {
                    ReadOnlySpan<double> x = sequence.Slice(t * d, d);
                    double z = w * h;
                    for (int k = 0; k < d; k++) z += u[k] * x[k];
                    double th = DetMath.Tanh(z), slope = a * (1.0 - th * th);
                    dhdw = slope * (h + w * dhdw);
                    for (int k = 0; k < d; k++) dhdu[k] = slope * (x[k] + w * dhdu[k]);
                    h = a * th;
                }
                maxRecurrent = Math.Max(maxRecurrent, Math.Abs(dhdw));
                maxInput = Math.Max(maxInput, Norm(dhdu));
            }
        }
        return new SensitivityMeasurement(maxRecurrent, maxInput);
    }

    /// <summary>
    /// For row i: A_t = D_t(W A_{t−1} + e_i h_{t−1}ᵀ) (∂H_t/∂W_i·, m×m) and B_t = D_t(W B_{t−1} + e_i x_tᵀ)
    /// (∂H_t/∂U_i·, m×d), with D_t = diag σ'(z_t). Cost O(n·m·T·m²(m+d)): meant for small m.
    /// </summary>
    private static SensitivityMeasurement FullMatrix(RnnParameters theta, Dataset data)
    {
        int m = theta.Spec.Width, d = theta.Spec.InputDimension, steps = data.SequenceLength, cols = m + d;
        var scratch = new KernelScratch(m, steps);
        var tangent = new double[m * cols];
        var next = new double[m * cols];
        double maxRecurrent = 0, maxInput = 0;
        for (int j = 0; j < data.SampleCount; j++)
        {
            ReadOnlySpan<double> sequence = data.Sequence(j);
            FullMatrixKernel.Instance.Forward(theta, sequence, steps, scratch);
            for (int i = 0; i < m; i++)
            {
                Array.Clear(tangent);
                for (int t = 0; t < steps; t++)
                {
                    ReadOnlySpan<double> previous = scratch.Hidden.AsSpan(t * m, m);
                    ReadOnlySpan<double> slope = scratch.Slope.AsSpan(t * m, m);
                    ReadOnlySpan<double> x = sequence.Slice(t * d, d);
                    // next = W·tangent (rows r of the m×(m+d) Jacobian), then add e_i (h_{t−1}, x_t), then scale row r by σ'(z_t^r).
                    Array.Clear(next);
                    for (int r = 0; r < m; r++)
                    {
                        Span<double> row = next.AsSpan(r * cols, cols);
                        for (int k = 0; k < m; k++)
                        {
                            double wrk = theta.Recurrent[r * m + k];
                            ReadOnlySpan<double> source = tangent.AsSpan(k * cols, cols);
                            for (int c = 0; c < cols; c++) row[c] += wrk * source[c];
                        }
                    }
                    Span<double> rowI = next.AsSpan(i * cols, cols);
                    for (int k = 0; k < m; k++) rowI[k] += previous[k];
                    for (int k = 0; k < d; k++) rowI[m + k] += x[k];
                    for (int r = 0; r < m; r++)
                    {
                        Span<double> row = next.AsSpan(r * cols, cols);
                        for (int c = 0; c < cols; c++) row[c] *= slope[r];
                    }
                    (tangent, next) = (next, tangent);
                }
                double recurrentSquares = 0, inputSquares = 0;
                for (int r = 0; r < m; r++)
                    for (int c = 0; c < cols; c++)
                    {
                        double v = tangent[r * cols + c];
                        if (c < m) recurrentSquares += v * v; else inputSquares += v * v;
                    }
                maxRecurrent = Math.Max(maxRecurrent, Math.Sqrt(recurrentSquares));
                maxInput = Math.Max(maxInput, Math.Sqrt(inputSquares));
            }
        }
        return new SensitivityMeasurement(maxRecurrent, maxInput);
    }

    private static double Norm(ReadOnlySpan<double> v)
    {
        double sum = 0;
        foreach (double x in v) sum += x * x;
        return Math.Sqrt(sum);
    }
}

using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>Measures the transported comparator of a diagonal network's Θ(0) against a teacher on a dataset.</summary>
internal static class ComparatorMeasurement
{
    public static ComparatorRecord Measure(RnnParameters initial, TransportTeacher teacher, Dataset data, double variance)
    {
        RnnParameters displacement = TransportedComparator.Displacement(initial, teacher);
        RnnParameters comparator = initial.Clone();
        for (int k = 0; k < comparator.Recurrent.Length; k++) comparator.Recurrent[k] += displacement.Recurrent[k];
        for (int k = 0; k < comparator.Input.Length; k++) comparator.Input[k] += displacement.Input[k];
        double loss = new GradientEngine(initial.Spec, data, LossKind.FinalOutput).Evaluate(comparator);

        int n = data.SampleCount, m = initial.Spec.Width, d = initial.Spec.InputDimension;
        double[] outputs = new double[n], slopes = new double[n];
        Linearization.Evaluate(initial, displacement, data, outputs, slopes);
        double linearLoss = 0;
        for (int j = 0; j < n; j++)
        {
            double residual = outputs[j] + slopes[j] - data.FinalTarget(j);
            linearLoss += residual * residual;
        }
        linearLoss /= 2.0 * n;

        double largest = 0, total = 0;
        for (int i = 0; i < m; i++)
        {
            double squared = displacement.Recurrent[i] * displacement.Recurrent[i];
            for (int c = 0; c < d; c++) squared += displacement.Input[i * d + c] * displacement.Input[i * d + c];
            largest = Math.Max(largest, squared);
            total += squared;
        }
        return new ComparatorRecord(loss / variance, linearLoss / variance, Math.Sqrt(m * largest), total);
    }
}

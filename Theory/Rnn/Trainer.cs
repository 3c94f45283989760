using System.Runtime.CompilerServices;
using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// Runs projected gradient descent from Θ(0) until R̂ ≤ ε or τ_max steps. A non-finite loss, parameter
/// or distance from Θ(0) ends the run as a recorded divergence, never an exception.
/// </summary>
public static class Trainer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TrainingResult Train(RnnParameters initial, Dataset data, TrainingConfig config,
        CancellationToken cancellation = default)
    {
        var descent = new ProjectedGradientDescent(initial, data, config);
        RnnParameters theta = descent.Current, sum = initial.ZerosLike();
        RnnParameters? average = null;
        var losses = new List<double>();
        double maxDeviation = 0;
        int? divergedAt = null;
        bool reached = false;
        int step = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            double loss = step < config.MaxSteps ? descent.LossAndGradient() : descent.Engine.Evaluate(theta);
            if (!double.IsFinite(loss) || !theta.IsFinite())
            {
                divergedAt = step;
                break;
            }
            losses.Add(loss);
            double stopLoss = config.StopRule == StopRule.LastIterate || step == 0
                ? loss
                : descent.Engine.Evaluate(Average(sum, step, initial, ref average));
            if (stopLoss <= config.TargetLoss) { reached = true; break; }
            if (step == config.MaxSteps) break;

            AddInto(sum, theta);
            descent.Descend();
            double deviation = descent.Projection.MaxScaledDeviation(theta);
            step++;
            // σ is bounded, so a too-large η shows first as parameters whose distance from Θ(0) overflows.
            if (!double.IsFinite(deviation))
            {
                divergedAt = step;
                break;
            }
            if (deviation > maxDeviation) maxDeviation = deviation;
        }
        RnnParameters averaged = Average(sum, step, initial, ref average);
        double averagedLoss = descent.Engine.Evaluate(averaged);
        return new TrainingResult(step, reached, losses.ToArray(), averagedLoss, maxDeviation, divergedAt, theta, averaged);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddInto(RnnParameters sum, RnnParameters theta)
    {
        for (int i = 0; i < sum.Recurrent.Length; i++) sum.Recurrent[i] += theta.Recurrent[i];
        for (int i = 0; i < sum.Input.Length; i++) sum.Input[i] += theta.Input[i];
    }

    /// <summary>The averaged iterate (1/s) Σ_{r&lt;s} Θ(r), in a reused buffer; Θ(0) when no step was taken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RnnParameters Average(RnnParameters sum, int count, RnnParameters initial, ref RnnParameters? buffer)
    {
        if (count == 0) return initial;
        buffer ??= initial.ZerosLike();
        for (int i = 0; i < sum.Recurrent.Length; i++) buffer.Recurrent[i] = sum.Recurrent[i] / count;
        for (int i = 0; i < sum.Input.Length; i++) buffer.Input[i] = sum.Input[i] / count;
        return buffer;
    }
}

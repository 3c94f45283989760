using System.Diagnostics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Harness.Bench;

/// <summary>
/// Times full-batch loss-and-gradient evaluations (forward + BPTT, the whole cost of a descent step
/// but the O(parameters) update) of one shape: one warm-up step, then steps until both a minimum
/// count and a minimum time are reached; reports the best and the median.
/// </summary>
internal static class KernelBenchmark
{
    public static BenchMeasurement Measure(BenchCase bench, KernelPath path, int threads, int minSteps, TimeSpan minTime)
    {
        var spec = new RnnSpec(bench.Kind, bench.Width, bench.InputDimension, new Activation(1.0), recurrentScale: 0.5);
        // Timing does not depend on the targets' values; zeros avoid labelling cost.
        double[] inputs = UnitBallInputs.Draw(bench.SampleCount, bench.SequenceLength, bench.InputDimension, seed: 1);
        var data = new Dataset(bench.SampleCount, bench.SequenceLength, bench.InputDimension, inputs,
            new double[bench.SampleCount * bench.SequenceLength]);
        var engine = new GradientEngine(spec, data, LossKind.PerStep, threads, path);
        RnnParameters theta = SymmetricInit.Draw(spec, seed: 1);
        RnnParameters gradient = theta.ZerosLike();

        engine.Evaluate(theta, gradient);
        var seconds = new List<double>();
        var total = Stopwatch.StartNew();
        while (seconds.Count < minSteps || total.Elapsed < minTime)
        {
            long start = Stopwatch.GetTimestamp();
            engine.Evaluate(theta, gradient);
            seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        seconds.Sort();
        return new BenchMeasurement(bench, path, engine.Parallelism, seconds.Count, seconds[0], seconds[seconds.Count / 2]);
    }

    /// <summary>
    /// Seconds per projected-gradient step (loss, gradient, update, projection: what a training unit repeats)
    /// on one thread, over <paramref name="steps"/> consecutive steps after as many warm-up steps; best of three runs.
    /// </summary>
    public static double SecondsPerTrainingStep(BenchCase bench, int steps)
    {
        var spec = new RnnSpec(bench.Kind, bench.Width, bench.InputDimension, new Activation(1.0), recurrentScale: 0.5);
        double[] inputs = UnitBallInputs.Draw(bench.SampleCount, bench.SequenceLength, bench.InputDimension, seed: 1);
        var data = new Dataset(bench.SampleCount, bench.SequenceLength, bench.InputDimension, inputs,
            new double[bench.SampleCount * bench.SequenceLength]);
        var config = new TrainingConfig(stepSize: 1e-3, radius: 1.0, maxSteps: steps, targetLoss: 1e-300, LossKind.PerStep);
        var descent = new ProjectedGradientDescent(SymmetricInit.Draw(spec, seed: 1), data, config);
        for (int i = 0; i < steps; i++) descent.Step();
        double best = double.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < steps; i++) descent.Step();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds / steps);
        }
        return best;
    }

    /// <summary>Best time of one run of <paramref name="probe"/> over many short bursts.</summary>
    public static double BestSeconds(KernelProbe probe, int runs)
    {
        for (int i = 0; i < 10; i++) probe.Run();
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            probe.Run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        return best;
    }
}

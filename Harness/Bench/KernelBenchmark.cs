using System.Diagnostics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Harness.Bench;

/// <summary>
/// Times full-batch projected-gradient steps (forward + BPTT + update) of one shape: one warm-up
/// step, then steps until both a minimum count and a minimum time are reached; reports the median.
/// </summary>
internal static class KernelBenchmark
{
    public static BenchMeasurement Measure(BenchCase bench, int threads, int minSteps, TimeSpan minTime)
    {
        var spec = new RnnSpec(bench.Kind, bench.Width, bench.InputDimension, new Activation(1.0), recurrentScale: 0.5);
        // Timing does not depend on the targets' values; zeros avoid labelling cost.
        double[] inputs = UnitBallInputs.Draw(bench.SampleCount, bench.SequenceLength, bench.InputDimension, seed: 1);
        var data = new Dataset(bench.SampleCount, bench.SequenceLength, bench.InputDimension, inputs,
            new double[bench.SampleCount * bench.SequenceLength]);
        var config = new TrainingConfig(stepSize: 1e-3, radius: 1.0, maxSteps: 1, targetLoss: 1e-9, parallelism: threads);
        var descent = new ProjectedGradientDescent(SymmetricInit.Draw(spec, seed: 1), data, config);

        descent.Step();
        var seconds = new List<double>();
        var total = Stopwatch.StartNew();
        while (seconds.Count < minSteps || total.Elapsed < minTime)
        {
            long start = Stopwatch.GetTimestamp();
            descent.Step();
            seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        seconds.Sort();
        double median = seconds[seconds.Count / 2];
        return new BenchMeasurement(bench, descent.Engine.Parallelism, seconds.Count, median, bench.FlopsPerStep / median / 1e9);
    }
}

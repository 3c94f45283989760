using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>C1: max_j |F(X_j; Θ(0))| of a symmetrically initialized network on the task's inputs.</summary>
public sealed record InitialOutputUnit(TaskSetting Task, int Width, int Seed) : IUnit
{
    public string Kind => "initial-output";

    public string Label() => $"initial output {Task.Describe()} m={Width} seed={Seed}";

    public double EstimatedCost()
    {
        double perNeuron = Task.Model == ModelNames.Diagonal ? 2.0 * Task.InputDimension + 20 : 2.0 * Width + 2.0 * Task.InputDimension + 20;
        return (double)Task.SampleCount * Task.SequenceLength * Width * perNeuron / 0.5e9;
    }

    public object Execute(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        RnnSpec spec = Task.Network(Width);
        // Inputs only: C1 holds for every X, so no teacher is needed.
        double[] inputs = UnitBallInputs.Draw(Task.SampleCount, Task.SequenceLength, Task.InputDimension, (ulong)Task.DataSeed);
        var data = new Dataset(Task.SampleCount, Task.SequenceLength, Task.InputDimension, inputs, new double[Task.SampleCount * Task.SequenceLength]);
        var outputs = new double[Task.SampleCount];
        new GradientEngine(spec, data, LossKind.FinalOutput).FinalOutputs(Task.Initial(Width, Seed), outputs);
        double max = 0;
        foreach (double f in outputs) max = Math.Max(max, Math.Abs(f));
        return new InitialOutputOutcome(max);
    }
}

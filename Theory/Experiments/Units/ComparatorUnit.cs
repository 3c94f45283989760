using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// The transported comparator Θ̄ of one width-m symmetric initialization, without training: its relative loss and
/// displacement. A sweep over m gives the width at which the comparator certifies ε, the theorem's width condition
/// (C4's m*(T)). Diagonal model only: the transport acts on (w, u).
/// </summary>
public sealed record ComparatorUnit(TaskSetting Task, int Width, int Seed) : IUnit
{
    public string Kind => "comparator";

    public string Label() => $"comparator {Task.Describe()} m={Width} seed={Seed}";

    /// <summary>One forward pass with tangents and one plain forward pass, at the SIMD kernels' small-shape rate.</summary>
    public double EstimatedCost() => 3.0 * Task.SampleCount * Task.SequenceLength * Width * (4.0 * Task.InputDimension + 30) / 2e9;

    public object Execute(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        RnnParameters initial = Task.Initial(Width, Seed);
        return ComparatorRecord.Of(TransportedComparator.Assess(initial, LabelledData.Teacher(Task), LabelledData.For(Task)));
    }
}

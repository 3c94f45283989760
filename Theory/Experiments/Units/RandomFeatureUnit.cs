using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// C7: the random-feature error max_j |F_lin(X_j; Θ̄) − f*(X_j)| of the transported comparator Θ̄ built
/// from a width-m symmetric initialization (diagonal model only: the transport acts on (w, u)).
/// </summary>
public sealed record RandomFeatureUnit(TaskSetting Task, int Width, int Seed) : IUnit
{
    public string Kind => "random-features";

    public string Label() => $"random features {Task.Describe()} m={Width} seed={Seed}";

    public double EstimatedCost() => 2.0 * Task.SampleCount * Task.SequenceLength * Width * (4.0 * Task.InputDimension + 30) / 0.5e9;

    public object Execute(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        Dataset data = LabelledData.For(Task);
        RnnParameters initial = SymmetricInit.Draw(Task.Network(Width), (ulong)Seed);
        RandomFeatureError error = TransportedComparator.Measure(initial, LabelledData.Teacher(Task), data);
        return new RandomFeatureOutcome(error.MaxError, error.RootMeanSquareError);
    }
}

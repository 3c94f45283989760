using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// The measured curvature of the loss at initialization (C4 (d), descriptive): the largest eigenvalue of the initial
/// NTK Gram matrix (1/n)·J·Jᵀ, which equals that of the Gauss–Newton Hessian (1/n)·JᵀJ (<see cref="GaussNewtonCurvature"/>,
/// shared with the path measurement of <see cref="TrainingUnit.MeasurePathCurvature"/>).
/// </summary>
public sealed record CurvatureUnit(TaskSetting Task, int Width, int Seed) : IUnit
{
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
        return new CurvatureOutcome(GaussNewtonCurvature.LargestEigenvalue(Task.Initial(Width, Seed), data, cancellation), data.FinalTargetVariance());
    }
}

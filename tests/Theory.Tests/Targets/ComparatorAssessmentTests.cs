using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Targets;

public class ComparatorAssessmentTests
{
    private static readonly TransportTeacher Teacher = new(new TeacherSpec(4096, 1.0, new Activation(1.0), 0.8, 4, seed: 21), 6);
    private static readonly Dataset Data = Teacher.Label(UnitBallInputs.Draw(128, 6, 4, seed: 22), 128);

    private static ComparatorAssessment Assess(int m, ulong seed)
        => TransportedComparator.Assess(SymmetricInit.Draw(new RnnSpec(ModelKind.Diagonal, m, 4, new Activation(1.0), 0.8), seed), Teacher, Data);

    [Fact]
    public void DisplacementAndDistanceMatchTheComparatorAndTheTeachersNorm()
    {
        RnnParameters initial = SymmetricInit.Draw(new RnnSpec(ModelKind.Diagonal, 32, 4, new Activation(1.0), 0.8), 3);
        ComparatorAssessment a = TransportedComparator.Assess(initial, Teacher, Data);
        double widest = 0, total = 0;
        for (int i = 0; i < 32; i++)
        {
            double s = Math.Pow(a.Comparator.Recurrent[i] - initial.Recurrent[i], 2);
            for (int c = 0; c < 4; c++) s += Math.Pow(a.Comparator.InputOf(i)[c] - initial.InputOf(i)[c], 2);
            widest = Math.Max(widest, s);
            total += s;
        }
        Assert.Equal(Math.Sqrt(32 * widest), a.Displacement, 1e-12);
        Assert.Equal(total, a.SquaredDistance, 1e-12);
        // ‖v‖ = ν̄ at every θ: every neuron moves by exactly ν̄_eff/√m.
        Assert.Equal(Teacher.EffectiveTransportNorm, a.Displacement, 1e-12);
        Assert.Equal(Math.Pow(Teacher.EffectiveTransportNorm, 2), a.SquaredDistance, 1e-11);
        Assert.True(a.RadiusSuffices(a.Displacement));
        Assert.False(a.RadiusSuffices(0.99 * a.Displacement));
    }

    [Fact]
    public void RelativeLossIsTheRealNetworksLossOverTheTargetVariance()
    {
        ComparatorAssessment a = Assess(16, 5);
        var outputs = new double[Data.SampleCount];
        new GradientEngine(a.Comparator.Spec, Data, LossKind.FinalOutput).FinalOutputs(a.Comparator, outputs);
        double squares = 0;
        for (int j = 0; j < Data.SampleCount; j++) squares += Math.Pow(outputs[j] - Data.FinalTarget(j), 2);
        Assert.Equal(squares / (2.0 * Data.SampleCount) / Data.FinalTargetVariance(), a.RelativeLoss, 1e-12);
        Assert.Equal(Data.FinalTargetVariance(), a.TargetVariance);
        Assert.Equal(a.RelativeLoss <= 0.3, a.Certifies(0.3));
    }

    [Fact]
    public void ComparatorLossFallsWithWidthAndTheNetworkApproachesItsLinearization()
    {
        double Mean(int m, Func<ComparatorAssessment, double> pick)
        {
            double sum = 0;
            for (ulong seed = 0; seed < 6; seed++) sum += pick(Assess(m, seed));
            return sum / 6;
        }
        double narrow = Mean(16, a => a.LinearizedRelativeLoss), wide = Mean(1024, a => a.LinearizedRelativeLoss);
        // Random-feature error: relative loss ∝ 1/m (64× the width), down to the finite teacher's own floor
        // (≈ 1/M; the M = 4096 atoms keep it below the m = 1024 term).
        Assert.InRange(narrow / wide, 20.0, 200.0);
        Assert.True(Teacher.MonteCarloLossFloor < wide);
        double gapNarrow = Mean(16, a => Math.Abs(a.RelativeLoss - a.LinearizedRelativeLoss));
        double gapWide = Mean(1024, a => Math.Abs(a.RelativeLoss - a.LinearizedRelativeLoss));
        Assert.True(gapWide < gapNarrow / 8, $"{gapWide} vs {gapNarrow}");
    }
}

using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

public class TrainerTests
{
    private static Dataset TeacherData(int n, int steps, int d, double a = 1.0, double alpha = 0.5)
    {
        var teacher = new TransportTeacher(new TeacherSpec(256, 1.0, new Activation(a), alpha, d, seed: 21), steps);
        return teacher.Label(UnitBallInputs.Draw(n, steps, d, seed: 22), n);
    }

    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void SameRunTwiceIsBitIdentical(ModelKind kind)
    {
        RnnSpec spec = Networks.Spec(kind, m: 16, d: 3);
        Dataset data = TeacherData(n: 40, steps: 5, d: 3);
        RnnParameters initial = SymmetricInit.Draw(spec, 8);
        var config = new TrainingConfig(stepSize: 0.5, radius: 4.0, maxSteps: 30, targetLoss: 1e-9);
        TrainingResult first = Trainer.Train(initial, data, config), second = Trainer.Train(initial, data, config);
        Assert.Equal(first.LossTrajectory, second.LossTrajectory);
        Assert.Equal(first.FinalParameters.Recurrent, second.FinalParameters.Recurrent);
        Assert.Equal(first.FinalParameters.Input, second.FinalParameters.Input);
        Assert.Equal(first.AveragedIterateLoss, second.AveragedIterateLoss);
    }

    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void OneOrTwoThreadsGiveBitIdenticalResults(ModelKind kind)
    {
        RnnSpec spec = Networks.Spec(kind, m: 12, d: 2);
        Dataset data = TeacherData(n: 70, steps: 4, d: 2);   // 5 chunks, the last one partial
        RnnParameters initial = SymmetricInit.Draw(spec, 3);
        TrainingResult one = Trainer.Train(initial, data, new TrainingConfig(0.5, 3.0, 20, 1e-9, parallelism: 1));
        TrainingResult two = Trainer.Train(initial, data, new TrainingConfig(0.5, 3.0, 20, 1e-9, parallelism: 2));
        Assert.Equal(one.LossTrajectory, two.LossTrajectory);
        Assert.Equal(one.FinalParameters.Recurrent, two.FinalParameters.Recurrent);
        Assert.Equal(one.FinalParameters.Input, two.FinalParameters.Input);
    }

    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void GradientDescentLowersTheLossAndStopsAtTheTarget(ModelKind kind)
    {
        RnnSpec spec = Networks.Spec(kind, m: 32, d: 3);
        Dataset data = TeacherData(n: 32, steps: 3, d: 3);
        RnnParameters initial = SymmetricInit.Draw(spec, 4);
        TrainingResult run = Trainer.Train(initial, data, new TrainingConfig(1.0, double.PositiveInfinity, 400, targetLoss: 0.05));
        Assert.False(run.Diverged);
        Assert.Equal(0.5 * data.FinalTargetVariance() + 0.5 * Square(Mean(data)), run.InitialLoss, 12);
        Assert.True(run.ReachedTarget, $"final loss {run.FinalLoss} after {run.Steps} steps");
        Assert.True(run.FinalLoss <= 0.05);
        Assert.Equal(run.Steps + 1, run.LossTrajectory.Length);
        Assert.True(run.AveragedIterateLoss < run.InitialLoss);
    }

    [Fact]
    public void ZeroStepsReportsTheInitialLossOnly()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal);
        Dataset data = TeacherData(n: 8, steps: 2, d: 3);
        TrainingResult run = Trainer.Train(SymmetricInit.Draw(spec, 1), data, new TrainingConfig(1.0, 1.0, maxSteps: 0, targetLoss: 1e-9));
        Assert.Equal(0, run.Steps);
        Assert.Single(run.LossTrajectory);
        Assert.Equal(run.InitialLoss, run.AveragedIterateLoss);
        Assert.Equal(0.0, run.MaxScaledDeviation);
    }

    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void OverflowIsRecordedAsDivergenceNotThrown(ModelKind kind)
    {
        TrainingResult run = TrainWithLargeResiduals(kind, stepSize: 1e308);
        Assert.True(run.Diverged);
        Assert.False(run.ReachedTarget);
        Assert.Equal(1, run.DivergedAtStep);
        Assert.Single(run.LossTrajectory);
        Assert.True(double.IsFinite(run.InitialLoss));
    }

    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void ParametersWhoseDistanceFromInitializationOverflowsAreADivergence(ModelKind kind)
    {
        // Finite parameters (≈ 1e200·|∇R̂|) whose squared distance from Θ(0) overflows: the loss stays finite because σ is bounded.
        TrainingResult run = TrainWithLargeResiduals(kind, stepSize: 1e200);
        Assert.True(run.FinalParameters.IsFinite());
        Assert.True(run.Diverged);
        Assert.Equal(1, run.DivergedAtStep);
        Assert.True(double.IsFinite(run.MaxScaledDeviation));
    }

    /// <summary>Unprojected GD on targets scaled by 1e4 (large residuals: |∇R̂| ≫ 1) with a huge step size.</summary>
    private static TrainingResult TrainWithLargeResiduals(ModelKind kind, double stepSize)
    {
        RnnSpec spec = Networks.Spec(kind, m: 8, d: 2);
        Dataset data = Networks.RandomData(n: 16, steps: 3, d: 2, seed: 6);
        for (int i = 0; i < data.Targets.Length; i++) data.Targets[i] *= 1e4;
        return Trainer.Train(SymmetricInit.Draw(spec, 2), data,
            new TrainingConfig(stepSize, double.PositiveInfinity, maxSteps: 50, targetLoss: 1e-9));
    }

    [Fact]
    public void AveragedStopRuleStopsWhenTheAverageReachesTheTargetAndNotBefore()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal, m: 16, d: 3);
        Dataset data = TeacherData(n: 24, steps: 3, d: 3);
        RnnParameters initial = SymmetricInit.Draw(spec, 5);
        double target = 0.3 * data.FinalTargetVariance();
        TrainingResult averaged = Trainer.Train(initial, data, new TrainingConfig(1.0, double.PositiveInfinity, 2000, target, stopRule: StopRule.AveragedIterate));
        Assert.True(averaged.ReachedTarget);
        Assert.True(averaged.AveragedIterateLoss <= target);
        // One step fewer: the average had not reached the target yet.
        TrainingResult shorter = Trainer.Train(initial, data, new TrainingConfig(1.0, double.PositiveInfinity, averaged.Steps - 1, target * 1e-9));
        Assert.True(shorter.AveragedIterateLoss > target);
        TrainingResult last = Trainer.Train(initial, data, new TrainingConfig(1.0, double.PositiveInfinity, 2000, target));
        Assert.True(last.Steps < averaged.Steps);   // the average lags the last iterate
    }

    [Fact]
    public void CancellationStopsTraining()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal);
        Dataset data = TeacherData(n: 8, steps: 2, d: 3);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            Trainer.Train(SymmetricInit.Draw(spec, 1), data, new TrainingConfig(1.0, 1.0, 10, 1e-9), cancelled.Token));
    }

    private static double Mean(Dataset data)
    {
        double sum = 0;
        for (int j = 0; j < data.SampleCount; j++) sum += data.FinalTarget(j);
        return sum / data.SampleCount;
    }

    private static double Square(double x) => x * x;
}

using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

public class ProjectionTests
{
    [Theory]
    [InlineData(ModelKind.Diagonal, 0.5)]
    [InlineData(ModelKind.Diagonal, 0.0)]
    [InlineData(ModelKind.FullMatrix, 0.2)]
    public void EveryNeuronStaysInItsBallAfterEachStep(ModelKind kind, double radius)
    {
        RnnSpec spec = Networks.Spec(kind, m: 8, d: 3, a: 1.0, alpha: 0.7);
        RnnParameters initial = SymmetricInit.Draw(spec, seed: 2);
        Dataset data = Networks.RandomData(n: 20, steps: 4, d: 3, seed: 4);
        var projection = new MaxNormProjection(initial, radius);
        for (int steps = 1; steps <= 5; steps++)
        {
            TrainingResult run = Trainer.Train(initial, data, new TrainingConfig(stepSize: 5.0, radius, maxSteps: steps, targetLoss: 1e-12));
            Assert.Equal(steps, run.Steps);
            double deviation = projection.MaxScaledDeviation(run.FinalParameters);
            Assert.True(deviation <= radius * (1 + 1e-12), $"deviation {deviation} > ρ = {radius} after {steps} steps");
            Assert.True(run.MaxScaledDeviation <= radius * (1 + 1e-12));
        }
    }

    [Fact]
    public void ProjectionLandsOnTheSphereAndKeepsDirection()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal, m: 4, d: 2);
        RnnParameters initial = SymmetricInit.Draw(spec, 1);
        RnnParameters theta = initial.Clone();
        theta.Recurrent[0] += 3;
        theta.Input[0] += 4;   // neuron 0 moved by (3, 4, 0): distance 5
        var projection = new MaxNormProjection(initial, radius: 2.0);   // neuron radius 2/√4 = 1
        projection.Apply(theta);
        Assert.Equal(initial.Recurrent[0] + 0.6, theta.Recurrent[0], 12);
        Assert.Equal(initial.Input[0] + 0.8, theta.Input[0], 12);
        Assert.Equal(initial.Input[1], theta.Input[1]);
        Assert.Equal(initial.Recurrent[1], theta.Recurrent[1]);   // untouched neuron
    }

    [Fact]
    public void InfiniteRadiusLeavesParametersAlone()
    {
        RnnSpec spec = Networks.Spec(ModelKind.FullMatrix, m: 4);
        RnnParameters initial = SymmetricInit.Draw(spec, 1);
        RnnParameters theta = initial.Clone();
        theta.Recurrent[3] += 1e6;
        new MaxNormProjection(initial, double.PositiveInfinity).Apply(theta);
        Assert.Equal(initial.Recurrent[3] + 1e6, theta.Recurrent[3]);
    }
}

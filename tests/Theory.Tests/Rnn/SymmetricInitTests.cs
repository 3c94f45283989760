using Repro.Theory.Experiments.Units;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

public class SymmetricInitTests
{
    [Theory]
    [InlineData(ModelKind.Diagonal, 2, 1, 1)]
    [InlineData(ModelKind.Diagonal, 64, 8, 16)]
    [InlineData(ModelKind.FullMatrix, 2, 1, 1)]
    [InlineData(ModelKind.FullMatrix, 32, 4, 12)]
    public void OutputIsExactlyZeroForRandomInputs(ModelKind kind, int m, int d, int steps)
    {
        RnnSpec spec = new(kind, m, d, new Activation(1.7), recurrentScale: 1.3);
        RnnParameters theta = SymmetricInit.Draw(spec, seed: 5);
        Dataset data = Networks.RandomData(n: 40, steps, d, seed: 9);
        var outputs = new double[data.SampleCount];
        new GradientEngine(spec, data, LossKind.FinalOutput).FinalOutputs(theta, outputs);
        Assert.All(outputs, f => Assert.Equal(0.0, f));
    }

    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void PairedNeuronsAreCopiesWithOppositeSigns(ModelKind kind)
    {
        RnnSpec spec = Networks.Spec(kind, m: 10);
        RnnParameters theta = SymmetricInit.Draw(spec, seed: 3);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(-theta.OutputSigns[i], theta.OutputSigns[i + 5]);
            Assert.True(theta.RecurrentOf(i).SequenceEqual(theta.RecurrentOf(i + 5)));
            Assert.True(theta.InputOf(i).SequenceEqual(theta.InputOf(i + 5)));
        }
        Assert.All(theta.OutputSigns, c => Assert.True(c is 1.0 or -1.0));
    }

    [Fact]
    public void DiagonalRecurrentWeightsLieInTheirInterval()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal, m: 200, alpha: 0.8);
        RnnParameters theta = SymmetricInit.Draw(spec, seed: 1);
        Assert.All(theta.Recurrent, w => Assert.InRange(w, -0.8, 0.8));
    }

    [Fact]
    public void SameSeedSameParametersAndOtherSeedOtherParameters()
    {
        RnnSpec spec = Networks.Spec(ModelKind.FullMatrix, m: 8);
        Assert.Equal(SymmetricInit.Draw(spec, 4).Recurrent, SymmetricInit.Draw(spec, 4).Recurrent);
        Assert.NotEqual(SymmetricInit.Draw(spec, 4).Input, SymmetricInit.Draw(spec, 5).Input);
    }

    [Fact]
    public void InitialSeedsAreNestedInDraws()
    {
        var draw0 = new TaskSetting(ModelNames.Diagonal, 1, 0.5, 4, 16, 4, DataSeed: 400, 8, TransportNorm: 1, TeacherSeed: 400);
        var draw1 = draw0 with { DataSeed = 401, TeacherSeed = 401 };
        // Same draw and seed: the same network, whatever n or T (units of one draw share their initialization) …
        Assert.Equal(draw0.Initial(16, 0).Input, draw0.WithSampleCount(64).Initial(16, 0).Input);
        Assert.Equal(draw0.Initial(16, 0).Recurrent, (draw0 with { SequenceLength = 32 }).Initial(16, 0).Recurrent);
        // … another draw with the same seed index: another initialization, so draws are independent.
        Assert.NotEqual(draw0.Initial(16, 0).Input, draw1.Initial(16, 0).Input);
        Assert.NotEqual(draw0.Initial(16, 0).Input, draw0.Initial(16, 1).Input);
    }
}

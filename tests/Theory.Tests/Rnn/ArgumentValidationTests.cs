using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

/// <summary>Bad arguments throw an ArgumentException that names the parameter and the allowed range.</summary>
public class ArgumentValidationTests
{
    private static void AssertRejected(Action construct, string parameter, string allowed)
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(construct);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(allowed, error.Message);
    }

    private static readonly Activation Tanh = new(1.0);

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-2)]
    public void WidthMustBeEvenAndAtLeastTwo(int m)
        => AssertRejected(() => new RnnSpec(ModelKind.Diagonal, m, 2, Tanh, 0.5), "width", "even integer ≥ 2");

    [Fact]
    public void InputDimensionMustBePositive()
        => AssertRejected(() => new RnnSpec(ModelKind.Diagonal, 4, 0, Tanh, 0.5), "inputDimension", "≥ 1");

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ActivationScaleMustBePositiveAndFinite(double a)
        => AssertRejected(() => new Activation(a), "scale", "> 0");

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void RecurrentScaleMustBeNonNegative(double alpha)
        => AssertRejected(() => new RnnSpec(ModelKind.FullMatrix, 4, 2, Tanh, alpha), "recurrentScale", "≥ 0");

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    public void StepSizeMustBePositive(double eta)
        => AssertRejected(() => new TrainingConfig(eta, 1.0, 10, 0.1), "stepSize", "> 0");

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void TargetLossMustBePositive(double epsilon)
        => AssertRejected(() => new TrainingConfig(0.1, 1.0, 10, epsilon), "targetLoss", "> 0");

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void RadiusMustBeNonNegativeOrInfinite(double rho)
        => AssertRejected(() => new TrainingConfig(0.1, rho, 10, 0.1), "radius", "≥ 0 or +∞");

    [Fact]
    public void MaxStepsMustBeNonNegative()
        => AssertRejected(() => new TrainingConfig(0.1, 1.0, -1, 0.1), "maxSteps", "≥ 0");

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 0)]
    public void SampleCountAndSequenceLengthMustBePositive(int n, int steps)
        => AssertRejected(() => UnitBallInputs.Draw(n, steps, 2, 1), n < 1 ? "sampleCount" : "sequenceLength", "≥ 1");

    [Fact]
    public void DatasetRejectsNaNInputs()
    {
        var inputs = new double[4];
        inputs[2] = double.NaN;
        AssertRejected(() => new Dataset(1, 2, 2, inputs, new double[2]), "inputs", "finite");
    }

    [Fact]
    public void TeacherRejectsNonPositiveNorm()
        => AssertRejected(() => new TeacherSpec(10, 0.0, Tanh, 0.5, 2, 1), "transportNorm", "> 0");
}

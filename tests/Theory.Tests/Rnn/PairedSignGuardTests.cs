using Repro.Theory.Rnn;

namespace Repro.Theory.Tests.Rnn;

public class PairedSignGuardTests
{
    [Theory]
    [InlineData(new[] { 1.0, -1.0, 1.0, -1.0 })]      // c_{i+m/2} = +c_i for i = 0
    [InlineData(new[] { 1.0, 1.0, 1.0, -1.0 })]       // c_{i+m/2} = +c_i for i = 1
    [InlineData(new[] { 0.5, 1.0, -0.5, -1.0 })]      // paired but not ±1
    [InlineData(new[] { 1.0, double.NaN, -1.0, double.NaN })]
    public void ParametersWithOtherSignsAreRejected(double[] signs)
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal, m: 4, d: 2);
        var e = Assert.Throws<ArgumentException>(() => new RnnParameters(spec, new double[4], new double[8], signs));
        Assert.Equal("outputSigns", e.ParamName);
        Assert.Contains("c[i + m/2] = −c[i]", e.Message);
    }

    [Fact]
    public void PairedSignsAreAcceptedAndCopiesKeepThem()
    {
        RnnSpec spec = Networks.Spec(ModelKind.FullMatrix, m: 4, d: 2);
        var theta = new RnnParameters(spec, new double[16], new double[8], [1.0, -1.0, -1.0, 1.0]);
        Assert.Equal(theta.OutputSigns, theta.Clone().OutputSigns);
        Assert.Equal(theta.OutputSigns, theta.ZerosLike().OutputSigns);
    }
}

using Repro.Theory.Numerics.Statistics;

namespace Repro.Theory.Tests.Statistics;

public class LogisticFitTests
{
    /// <summary>Outcomes in exact proportions p(x) = 1/(1 + e^−(x − 1)·2) at x = 0 … 2, 400 trials each.</summary>
    private static (List<double> X, List<bool> Y) Exact()
    {
        var x = new List<double>();
        var y = new List<bool>();
        foreach (double at in new[] { 0.0, 0.5, 1.0, 1.5, 2.0 })
        {
            int successes = (int)Math.Round(400 / (1 + Math.Exp(-2 * (at - 1))));
            for (int i = 0; i < 400; i++)
            {
                x.Add(at);
                y.Add(i < successes);
            }
        }
        return (x, y);
    }

    [Fact]
    public void RecoversAKnownCurveAndItsCrossing()
    {
        (List<double> x, List<bool> y) = Exact();
        LogisticFit fit = LogisticFit.Fit(x, y);
        Assert.Equal(2.0, fit.Slope, 0.05);
        Assert.Equal(0.5, fit.Probability(1.0), 0.01);
        Assert.Equal(1 + Math.Log(9) / 2, fit.Crossing(0.9), 0.03);
    }

    [Fact]
    public void SeparatedOrConstantOutcomesStayFinite()
    {
        double[] x = [0, 0, 0, 1, 1, 1];
        LogisticFit separated = LogisticFit.Fit(x, [false, false, false, true, true, true]);
        Assert.True(double.IsFinite(separated.Slope) && separated.Slope > 0);
        Assert.InRange(separated.Crossing(0.5), 0.4, 0.6);
        LogisticFit all = LogisticFit.Fit(x, [true, true, true, true, true, true]);
        Assert.True(all.Probability(0) > 0.9);
        Assert.True(double.IsNaN(LogisticFit.Fit(x, [true, true, true, false, false, false]).Crossing(0.9)));
    }
}

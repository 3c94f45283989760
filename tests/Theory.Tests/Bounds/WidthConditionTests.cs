using Repro.Theory.Bounds;
using Repro.Theory.Claims;
using Repro.Theory.Rnn;

namespace Repro.Theory.Tests.Bounds;

public class WidthConditionTests
{
    [Fact]
    public void TheRemainderIsTheLinearizationBoundAndTheRoomIsTheRmsGap()
    {
        var sigma = new Activation(1);
        WidthCondition c = WidthCondition.Of(sigma, sequenceLength: 4, width: 64, ballLambda: 0.7, radius: 2, relativeTarget: 0.02, variance: 1.5, comparatorRelativeLoss: 0.005);
        double beta = new HiddenStateCurvature(1, 1, sigma.Smoothness, 0.7, 4).HessianBound;
        Assert.Equal(beta * 4 / (2 * 8), c.Remainder, 12);
        Assert.Equal(Math.Sqrt(2 * 0.02 * 1.5) - Math.Sqrt(2 * 0.005 * 1.5), c.Room, 12);
        Assert.Equal(c.Remainder / c.Room, c.Ratio, 12);
        Assert.False(c.Holds); // β_4 ≈ 10: R ≈ 2.5 against a room of 0.12
    }

    [Fact]
    public void ItHoldsOnlyWhereTheRemainderLeavesRoomAndTheLineSaysWhatFailsMeans()
    {
        Assert.True(new WidthCondition(0.01, 0.1).Holds);
        Assert.False(new WidthCondition(0.1, 0.1).Holds);
        Assert.Equal(double.PositiveInfinity, new WidthCondition(0.01, 0).Ratio); // no room: the comparator does not certify ε
        string line = ConstantsBound.WidthConditionLine([new WidthCondition(0.01, 0.1), new WidthCondition(1, 0.1)]).Value;
        Assert.Contains("R/room = 0.1 … 10 over the 2 judged runs, met in 1", line);
        Assert.Contains("stronger than the theorem", line);
        Assert.DoesNotContain("stronger", ConstantsBound.WidthConditionLine([new WidthCondition(0.01, 0.1)]).Value);
    }
}

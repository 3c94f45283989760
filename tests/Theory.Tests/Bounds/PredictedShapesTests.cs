using Repro.Theory.Bounds;

namespace Repro.Theory.Tests.Bounds;

public class PredictedShapesTests
{
    [Fact]
    public void StepSizeIsStableChoice()
    {
        // η = η₀/(σ₁² S² (1 + σ₀²)) = 1/(1·4·2).
        Assert.Equal(PaperConstants.StepSizeScale / 8.0, PredictedShapes.StepSize(1, 1, 2), 1e-15);
        Assert.Equal(PredictedShapes.StepSize(1, 1, 2) / 4, PredictedShapes.StepSize(1, 1, 4), 1e-15);
    }

    [Fact]
    public void UnionLogIsLogOfTwoNOverDelta() => Assert.Equal(Math.Log(2 * 1000 / 0.05), PredictedShapes.UnionLog(1000, 0.05), 1e-12);

    [Fact]
    public void RejectsInvalidArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.UnionLog(100, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.UnionLog(0, 0.05));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.StepSize(1, 0, 1));
    }
}

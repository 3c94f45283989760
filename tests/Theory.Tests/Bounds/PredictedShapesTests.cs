using Repro.Theory.Bounds;

namespace Repro.Theory.Tests.Bounds;

public class PredictedShapesTests
{
    [Fact]
    public void WidthShapeUsesTheNamedExponents()
    {
        double expected = Math.Pow(2, PaperConstants.WidthMemoryExponent) * Math.Log(2 * 1000 / 0.05) / (0.1 * 0.1);
        Assert.Equal(expected, PredictedShapes.WidthShape(2, 1000, 0.05, 0.1), 1e-12 * expected);
    }

    [Fact]
    public void WidthShapeGrowsByAConstantPerDoublingOfN()
    {
        // Logarithmic in n: each doubling adds S^6·ln 2/ε², whatever n is (the shape behind C3).
        double step = Math.Pow(1.5, 6) * Math.Log(2) / 0.04;
        for (double n = 16; n <= 1 << 20; n *= 2)
        {
            double diff = PredictedShapes.WidthShape(1.5, 2 * n, 0.05, 0.2) - PredictedShapes.WidthShape(1.5, n, 0.05, 0.2);
            Assert.Equal(step, diff, 1e-9 * step);
        }
    }

    [Fact]
    public void IterationShapeIsInverseInEpsilonAndEta()
    {
        Assert.Equal(4.0 / (0.5 * 0.01), PredictedShapes.IterationShape(2, 0.5, 0.01), 1e-9);
        Assert.Equal(2 * PredictedShapes.IterationShape(2, 0.5, 0.02), PredictedShapes.IterationShape(2, 0.5, 0.01), 1e-9);
    }

    [Fact]
    public void ErrorsShrinkLikeInverseSquareRootOfWidth()
    {
        Assert.Equal(8.0 * 0.25 / 10.0, PredictedShapes.LinearizationError(8, 0.5, 100), 1e-15);
        Assert.Equal(PredictedShapes.LinearizationError(8, 0.5, 100) / 2, PredictedShapes.LinearizationError(8, 0.5, 400), 1e-15);
        Assert.Equal(Math.Sqrt(2 * Math.Log(2 * 500 / 0.05) / 64), PredictedShapes.RandomFeatureError(500, 0.05, 64), 1e-14);
        Assert.Equal(27.0, PredictedShapes.SmoothnessShape(3), 1e-15);
    }

    [Fact]
    public void StepSizeIsStableChoice()
    {
        // η = η₀/(σ₁² S² (1 + σ₀²)) = 1/(1·4·2).
        Assert.Equal(PaperConstants.StepSizeScale / 8.0, PredictedShapes.StepSize(1, 1, 2), 1e-15);
        Assert.Equal(PredictedShapes.StepSize(1, 1, 2) / 4, PredictedShapes.StepSize(1, 1, 4), 1e-15);
    }

    [Fact]
    public void RejectsInvalidArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.WidthShape(1, 100, 0, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.WidthShape(1, 100, 0.05, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.RandomFeatureError(100, 0.05, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictedShapes.StepSize(1, 0, 1));
    }
}

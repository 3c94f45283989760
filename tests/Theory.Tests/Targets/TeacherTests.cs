using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Targets;

public class TeacherTests
{
    private static TeacherSpec Spec(int atoms = 128, double alpha = 0.6, int d = 3) => new(atoms, 2.0, new Activation(1.0), alpha, d, seed: 31);

    [Fact]
    public void InputsLieInTheUnitBallAndFillIt()
    {
        double[] inputs = UnitBallInputs.Draw(500, 4, 3, seed: 1);
        int outerShell = 0;
        for (int p = 0; p < inputs.Length / 3; p++)
        {
            double r2 = inputs[3 * p] * inputs[3 * p] + inputs[3 * p + 1] * inputs[3 * p + 1] + inputs[3 * p + 2] * inputs[3 * p + 2];
            Assert.True(r2 <= 1.0);
            if (r2 > Math.Pow(0.5, 2.0 / 3.0)) outerShell++;   // P(‖x‖³ > 1/2) = 1/2 for uniform in the 3-ball
        }
        Assert.InRange(outerShell / 2000.0, 0.45, 0.55);
    }

    [Fact]
    public void DatasetsForGrowingSampleCountsAreNested()
    {
        double[] small = UnitBallInputs.Draw(10, 3, 2, seed: 4), large = UnitBallInputs.Draw(30, 3, 2, seed: 4);
        Assert.Equal(small, large[..small.Length]);
    }

    [Fact]
    public void NormalizedTeacherHasUnitScaleOnItsReferenceAndReportsEffectiveNorm()
    {
        var teacher = new TransportTeacher(Spec(), sequenceLength: 6);
        Dataset data = teacher.Label(UnitBallInputs.Draw(2000, 6, 3, seed: 77), 2000);
        Assert.InRange(Math.Sqrt(data.FinalTargetVariance()), 0.8, 1.25);
        Assert.Equal(2.0 / teacher.OutputScale, teacher.EffectiveTransportNorm, 12);
    }

    [Fact]
    public void RawOutputIsBoundedByTheTransportNormTimesTheLipschitzBound()
    {
        // |⟨v, ∇h_T⟩| ≤ ν̄ · sqrt(|∂h/∂w|² + ‖∂h/∂u‖²) ≤ ν̄ · σ₁ S_T(λ) · sqrt(σ₀² + 1) with λ = σ₁α.
        TeacherSpec spec = Spec(alpha: 0.6);
        var teacher = new TransportTeacher(spec, sequenceLength: 5);
        Dataset data = teacher.Label(UnitBallInputs.Draw(200, 5, 3, seed: 5), 200);
        double lambda = 0.6, memory = (1 - Math.Pow(lambda, 5)) / (1 - lambda);
        double bound = 2.0 * memory * Math.Sqrt(2.0) / teacher.OutputScale;
        Assert.All(data.Targets, y => Assert.True(Math.Abs(y) <= bound));
    }

    [Fact]
    public void TeacherIsDeterministicAndSeedDependent()
    {
        double[] x = UnitBallInputs.Draw(5, 4, 3, seed: 2);
        Dataset a = new TransportTeacher(Spec(), 4).Label(x, 5), b = new TransportTeacher(Spec(), 4).Label(x, 5);
        Assert.Equal(a.Targets, b.Targets);
        TeacherSpec other = new(128, 2.0, new Activation(1.0), 0.6, 3, seed: 32);
        Assert.NotEqual(a.Targets, new TransportTeacher(other, 4).Label(x, 5).Targets);
    }
}

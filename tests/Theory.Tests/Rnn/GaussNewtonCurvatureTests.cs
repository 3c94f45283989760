using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Rnn;

/// <summary>λ_max of (1/n)·J·Jᵀ away from Θ(0), against J from central differences of F (independent of the backward pass).</summary>
public class GaussNewtonCurvatureTests
{
    [Theory]
    [InlineData(ModelKind.Diagonal)]
    [InlineData(ModelKind.FullMatrix)]
    public void MatchesTheGramMatrixOfFiniteDifferenceJacobiansAtAMovedPoint(ModelKind kind)
    {
        RnnSpec spec = Networks.Spec(kind, m: 4, d: 2);
        RnnParameters theta = Networks.Perturbed(spec, 11);
        Dataset data = Networks.RandomData(n: 5, steps: 3, d: 2, seed: 12);
        var engine = new GradientEngine(spec, data, LossKind.FinalOutput);
        var outputs = new double[data.SampleCount];
        engine.FinalOutputs(theta, outputs);
        Assert.Contains(outputs, f => Math.Abs(f) > 1e-3); // F ≠ 0: the target F − 1 is what makes each row ∇F

        double[][] jacobian = Jacobian(theta, engine, data.SampleCount);
        int n = data.SampleCount;
        var gram = new double[n, n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++)
                gram[j, k] = jacobian[j].Zip(jacobian[k], (a, b) => a * b).Sum() / n;
        double expected = LargestEigenvalue(gram, n);

        double measured = GaussNewtonCurvature.LargestEigenvalue(theta, data);
        Assert.Equal(expected, measured, expected * 1e-6);
    }

    [Fact]
    public void IsNaNAtAPointThatIsNotFinite()
    {
        RnnSpec spec = Networks.Spec(ModelKind.Diagonal, m: 4, d: 2);
        RnnParameters theta = Networks.Perturbed(spec, 3);
        theta.Input[0] = double.NaN;
        Assert.True(double.IsNaN(GaussNewtonCurvature.LargestEigenvalue(theta, Networks.RandomData(3, 2, 2, 4))));
    }

    private static double[][] Jacobian(RnnParameters theta, GradientEngine engine, int n)
    {
        const double h = 1e-6;
        var columns = new List<double[]>();
        var plus = new double[n];
        var minus = new double[n];
        foreach (double[] block in new[] { theta.Recurrent, theta.Input })
            for (int p = 0; p < block.Length; p++)
            {
                double saved = block[p];
                block[p] = saved + h;
                engine.FinalOutputs(theta, plus);
                block[p] = saved - h;
                engine.FinalOutputs(theta, minus);
                block[p] = saved;
                columns.Add([.. plus.Zip(minus, (a, b) => (a - b) / (2 * h))]);
            }
        return [.. Enumerable.Range(0, n).Select(j => columns.Select(c => c[j]).ToArray())];
    }

    private static double LargestEigenvalue(double[,] a, int n)
    {
        var v = Enumerable.Repeat(1.0, n).ToArray();
        double lambda = 0;
        for (int it = 0; it < 2000; it++)
        {
            var next = new double[n];
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++) next[r] += a[r, c] * v[c];
            lambda = Math.Sqrt(next.Sum(x => x * x));
            v = [.. next.Select(x => x / lambda)];
        }
        return lambda;
    }
}

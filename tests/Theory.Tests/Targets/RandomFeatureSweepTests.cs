using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Targets;

/// <summary>The one-pass sweep against the reference (one Linearization per width and per prefix).</summary>
public class RandomFeatureSweepTests
{
    private static readonly TransportTeacher Teacher = new(new TeacherSpec(256, 1.0, new Activation(0.9), 0.5, 3, seed: 12), sequenceLength: 3);

    private static RnnParameters Init(int width, ulong seed) => SymmetricInit.Draw(new RnnSpec(ModelKind.Diagonal, width, 3, new Activation(0.9), 0.5), seed);

    [Fact]
    public void EveryWidthAndPrefixEqualsTheReferenceToRounding()
    {
        Dataset data = Teacher.Label(UnitBallInputs.Draw(40, 3, 3, seed: 13), 40);
        int[] widths = [2, 4, 6, 16, 22, 48], counts = [1, 5, 32, 40];
        RandomFeatureTable table = RandomFeatureSweep.Measure(Init(48, 3), Teacher, data, widths, counts);
        Assert.Equal(widths, table.Widths);
        Assert.Equal(counts, table.SampleCounts);
        for (int w = 0; w < widths.Length; w++)
            for (int c = 0; c < counts.Length; c++)
            {
                // The width-m initialization is the first m/2 twin pairs of the widest: the reference draws it afresh.
                RandomFeatureError reference = TransportedComparator.Measure(Init(widths[w], 3), Teacher, data.Prefix(counts[c]));
                Assert.Equal(reference.MaxError, table.MaxError[w][c], 1e-13);
                Assert.Equal(reference.RootMeanSquareError, table.RootMeanSquareError[w][c], 1e-13);
            }
    }

    [Fact]
    public void RunningMaximaGrowWithTheSamplesAndTheSeedMatters()
    {
        Dataset data = Teacher.Label(UnitBallInputs.Draw(64, 3, 3, seed: 14), 64);
        RandomFeatureTable a = RandomFeatureSweep.Measure(Init(32, 1), Teacher, data, [8, 32], [8, 16, 64]);
        RandomFeatureTable b = RandomFeatureSweep.Measure(Init(32, 2), Teacher, data, [8, 32], [8, 16, 64]);
        foreach (double[] row in a.MaxError)
            for (int c = 1; c < row.Length; c++) Assert.True(row[c] >= row[c - 1]);
        Assert.NotEqual(a.MaxError[1][2], b.MaxError[1][2]);
    }

    [Fact]
    public void BadGridsAreRefused()
    {
        Dataset data = Teacher.Label(UnitBallInputs.Draw(8, 3, 3, seed: 15), 8);
        RnnParameters init = Init(16, 1);
        Assert.Throws<ArgumentException>(() => RandomFeatureSweep.Measure(init, Teacher, data, [4, 8], [8]));          // last width ≠ 16
        Assert.Throws<ArgumentException>(() => RandomFeatureSweep.Measure(init, Teacher, data, [3, 16], [8]));         // odd
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomFeatureSweep.Measure(init, Teacher, data, [8, 4, 16], [8]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomFeatureSweep.Measure(init, Teacher, data, [16], [4, 16])); // n > 8
        RnnParameters full = SymmetricInit.Draw(new RnnSpec(ModelKind.FullMatrix, 4, 3, new Activation(0.9), 0.5), 1);
        Assert.Throws<ArgumentException>(() => RandomFeatureSweep.Measure(full, Teacher, data, [4], [8]));
    }
}

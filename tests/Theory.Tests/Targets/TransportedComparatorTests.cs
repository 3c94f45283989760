using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Tests.Targets;

public class TransportedComparatorTests
{
    [Fact]
    public void RandomFeatureErrorShrinksLikeOneOverSqrtWidth()
    {
        var spec = new TeacherSpec(4096, 1.0, new Activation(1.0), 0.5, 2, seed: 12);
        var teacher = new TransportTeacher(spec, sequenceLength: 3);
        Dataset data = teacher.Label(UnitBallInputs.Draw(32, 3, 2, seed: 13), 32);
        double MeanError(int m)
        {
            double sum = 0;
            for (int seed = 0; seed < 8; seed++)
                sum += TransportedComparator.MaxError(SymmetricInit.Draw(new RnnSpec(ModelKind.Diagonal, m, 2, new Activation(1.0), 0.5), (ulong)seed), teacher, data);
            return sum / 8;
        }
        double ratio = MeanError(64) / MeanError(1024);   // 16× the width: about 4× smaller
        Assert.InRange(ratio, 2.5, 6.5);
    }

    [Fact]
    public void ComparatorIsOnlyDefinedForTheDiagonalModel()
    {
        var teacher = new TransportTeacher(new TeacherSpec(8, 1.0, new Activation(1.0), 0.5, 2, 1), 2);
        RnnParameters full = SymmetricInit.Draw(new RnnSpec(ModelKind.FullMatrix, 4, 2, new Activation(1.0), 0.5), 1);
        Assert.Throws<ArgumentException>(() => TransportedComparator.Displacement(full, teacher));
    }
}

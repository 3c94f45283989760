using System.Collections.Concurrent;
using Repro.Theory.Experiments.Units;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments;

/// <summary>
/// Teachers and labelled datasets, built once per process and shared by the units that need them
/// (many units — widths, seeds, probes — train on the same data). Building is deterministic, so
/// sharing changes no result, only the time spent.
/// </summary>
public static class LabelledData
{
    private static readonly ConcurrentDictionary<(TeacherSpec, int), Lazy<TransportTeacher>> Teachers = new();
    private static readonly ConcurrentDictionary<TaskSetting, Lazy<Dataset>> Datasets = new();

    public static TransportTeacher Teacher(TaskSetting task)
        => Teachers.GetOrAdd((task.Teacher(), task.SequenceLength),
            key => new Lazy<TransportTeacher>(() => new TransportTeacher(key.Item1, key.Item2))).Value;

    public static Dataset For(TaskSetting task)
        => Datasets.GetOrAdd(task, t => new Lazy<Dataset>(() => Build(t))).Value;

    private static Dataset Build(TaskSetting task)
    {
        double[] inputs = UnitBallInputs.Draw(task.SampleCount, task.SequenceLength, task.InputDimension, (ulong)task.DataSeed);
        return Teacher(task).Label(inputs, task.SampleCount);
    }

    /// <summary>Drops everything cached (a long run calls it between claims to bound memory).</summary>
    public static void Clear()
    {
        Teachers.Clear();
        Datasets.Clear();
    }
}

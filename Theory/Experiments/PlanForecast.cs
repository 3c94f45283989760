namespace Repro.Theory.Experiments;

/// <summary>
/// The expected single-core seconds of a plan (<see cref="TwinSteps.Expected"/>), and how many of its training runs
/// were forecast from each <see cref="TwinBasis"/>, so a reader sees how much of the number is measured.
/// </summary>
public sealed record PlanForecast(double CpuSeconds, int Exact, int Setting, int Nearest, int Unmeasured)
{
    public static PlanForecast Zero { get; } = new(0, 0, 0, 0, 0);

    public PlanForecast Plus(PlanForecast other)
        => new(CpuSeconds + other.CpuSeconds, Exact + other.Exact, Setting + other.Setting, Nearest + other.Nearest, Unmeasured + other.Unmeasured);

    /// <summary>Training runs forecast.</summary>
    public int Runs => Exact + Setting + Nearest + Unmeasured;
}

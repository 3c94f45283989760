namespace Repro.Theory.Experiments;

/// <summary>An upper estimate of a claim's plan: units and single-core seconds.</summary>
public sealed record PlanEstimate(int Units, double CpuSeconds)
{
    public static PlanEstimate Of(IEnumerable<Units.IUnit> units)
    {
        int count = 0;
        double seconds = 0;
        foreach (Units.IUnit unit in units)
        {
            count++;
            seconds += unit.EstimatedCost();
        }
        return new PlanEstimate(count, seconds);
    }
}

namespace Repro.Theory.Experiments;

/// <summary>Which measured runs a planned run's expected steps come from (<see cref="TwinSteps"/>).</summary>
public enum TwinBasis
{
    /// <summary>The same run (every field but τ_max) was measured.</summary>
    Exact,

    /// <summary>Runs of the same setting with other draws or seeds were measured.</summary>
    Setting,

    /// <summary>The nearest measured setting in (n, T, m, α), its steps scaled by the step size's dependence on T.</summary>
    Nearest,

    /// <summary>Nothing comparable was measured: the whole budget (the upper bound).</summary>
    Unmeasured,
}

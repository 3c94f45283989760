using Repro.Harness.Experiments.Units;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Experiments;

/// <summary>
/// A claim's experiment: which units it needs, and how their results become the claim's analysis.
/// Searches (smallest width, …) are expressed as rounds: <see cref="Pending"/> looks at the results
/// so far and names the next probes, so every probe is an ordinary, cached unit.
/// </summary>
internal interface IClaimExperiment
{
    string ClaimId { get; }

    /// <summary>The units still needed given <paramref name="results"/>; empty once the claim can be analysed.</summary>
    IReadOnlyList<IUnit> Pending(ExperimentScope scope, ResultBook results);

    /// <summary>The most units the plan can need, and their estimated single-core seconds (before anything runs).</summary>
    PlanEstimate Estimate(ExperimentScope scope);

    /// <summary>
    /// The chain <paramref name="unit"/> (one of this claim's pending units) belongs to, for sharding.
    /// Default: every unit is its own chain; claims with searches group each search's probes.
    /// </summary>
    UnitChain ChainOf(IUnit unit) => UnitChain.Of(unit);

    /// <summary>Turns the complete results into the claim's analysis and verdicts.</summary>
    ClaimAnalysis Analyse(ExperimentScope scope, ResultBook results);
}

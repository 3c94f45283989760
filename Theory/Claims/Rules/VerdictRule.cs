namespace Repro.Theory.Claims.Rules;

/// <summary>
/// The shape every rule with its own controls shares: <see cref="Decide"/> is the rule's judgement of the input with
/// the outcomes of its synthetic controls, each judged by the same <see cref="Judge"/>, attached.
/// </summary>
/// <typeparam name="TInput">What the rule judges.</typeparam>
public abstract record VerdictRule<TInput> : IVerdictRule<TInput>
{
    public abstract string Describe();

    /// <remarks>
    /// A statistical rule that gets one of its own required controls wrong on this grid has no power here, so its PASS
    /// or FAIL is not evidence: the verdict becomes INCONCLUSIVE and says why (the controls decide, not only inform).
    /// A rule on an exact statement (<see cref="IsStatistical"/> false) is not downgraded: one measured violation is a fact.
    /// </remarks>
    public VerdictResult Decide(TInput input)
    {
        VerdictResult verdict = Judge(input) with { Controls = ControlCase<TInput>.Run(Controls(input), Judge) };
        if (!IsStatistical || verdict.Verdict == Verdict.Inconclusive || verdict.Controls.All(c => c.Passed)) return verdict;
        string wrong = string.Join(", ", verdict.Controls.Where(c => !c.Passed).Select(c => c.Name));
        string why = $"would be {VerdictResult.Label(verdict.Verdict)}, but the rule gets its own control(s) wrong on this grid ({wrong}): no power here";
        return verdict with { Verdict = Verdict.Inconclusive, Reason = verdict.Reason.Length == 0 ? why : $"{verdict.Reason}; {why}" };
    }

    /// <summary>Whether the verdict is an inference from noisy samples (so its power on the grid matters) rather than an exact check.</summary>
    protected virtual bool IsStatistical => true;

    /// <summary>The verdict without controls (Rule = <see cref="Describe"/>).</summary>
    protected abstract VerdictResult Judge(TInput input);

    /// <summary>The synthetic controls made on the input's own grid and noise level (principle 6).</summary>
    private protected abstract IEnumerable<ControlCase<TInput>> Controls(TInput input);
}

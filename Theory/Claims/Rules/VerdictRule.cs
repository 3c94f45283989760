namespace Repro.Theory.Claims.Rules;

/// <summary>
/// The shape every rule with its own controls shares: <see cref="Decide"/> is the rule's judgement of the input with
/// the outcomes of its synthetic controls, each judged by the same <see cref="Judge"/>, attached.
/// </summary>
/// <typeparam name="TInput">What the rule judges.</typeparam>
public abstract record VerdictRule<TInput> : IVerdictRule<TInput>
{
    public abstract string Describe();

    public VerdictResult Decide(TInput input) => Judge(input) with { Controls = ControlCase<TInput>.Run(Controls(input), Judge) };

    /// <summary>The verdict without controls (Rule = <see cref="Describe"/>).</summary>
    protected abstract VerdictResult Judge(TInput input);

    /// <summary>The synthetic controls made on the input's own grid and noise level (principle 6).</summary>
    private protected abstract IEnumerable<ControlCase<TInput>> Controls(TInput input);
}

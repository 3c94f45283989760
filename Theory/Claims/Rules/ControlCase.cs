namespace Repro.Theory.Claims.Rules;

/// <summary>A synthetic control before it is judged: its name, the verdict it must get (null: borderline) and its input.</summary>
internal sealed record ControlCase<TInput>(string Name, Verdict? Expected, TInput Input)
{
    /// <summary>Judges each case with <paramref name="judge"/> (the rule's decision without controls).</summary>
    public static IReadOnlyList<ControlOutcome> Run(IEnumerable<ControlCase<TInput>> cases, Func<TInput, VerdictResult> judge)
        => cases.Select(c => new ControlOutcome(c.Name, c.Expected, judge(c.Input).Verdict)).ToArray();
}

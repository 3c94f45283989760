namespace Repro.Theory.Claims.Rules;

/// <summary>
/// A verdict rule as an object (CLAIM-TESTS.md, principles 6 and 7): its parameters are its fields, its text is
/// generated from them, and its decision carries that same text and the outcomes of its synthetic controls.
/// </summary>
/// <typeparam name="TInput">What the rule judges (e.g. a series of <see cref="RulePoint"/>).</typeparam>
public interface IVerdictRule<in TInput>
{
    /// <summary>The rule's full text, with every parameter's value; the only copy of it anywhere.</summary>
    string Describe();

    /// <summary>The verdict, with <see cref="VerdictResult.Rule"/> = <see cref="Describe"/>, the deciding numbers, and the
    /// controls generated on the input's own grid and noise level.</summary>
    VerdictResult Decide(TInput input);
}

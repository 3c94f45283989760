namespace Repro.Theory.Claims.Rules;

/// <summary>
/// A claim judged by two rules, taking the worse verdict (FAIL over INCONCLUSIVE over PASS): its text is both rules'
/// texts, its numbers the deciding part's, and its controls both parts' controls, each named after its part.
/// </summary>
/// <param name="FirstName">Name of the first part, e.g. "(a) below the cutoff".</param>
/// <param name="First">Its rule.</param>
/// <param name="SecondName">Name of the second part.</param>
/// <param name="Second">Its rule.</param>
public sealed record WorseOfRule<TFirst, TSecond>(string FirstName, IVerdictRule<TFirst> First, string SecondName, IVerdictRule<TSecond> Second)
    : IVerdictRule<(TFirst First, TSecond Second)>
{
    public string Describe() => $"The worse of two parts (FAIL over INCONCLUSIVE over PASS). {FirstName}: {First.Describe()} {SecondName}: {Second.Describe()}";

    public VerdictResult Decide((TFirst First, TSecond Second) input) => Decide(input.First, input.Second);

    /// <summary>Decides both parts and keeps the worse.</summary>
    public VerdictResult Decide(TFirst first, TSecond second)
    {
        var a = First.Decide(first);
        var b = Second.Decide(second);
        var deciding = Rank(b.Verdict) > Rank(a.Verdict) ? b : a;
        string name = ReferenceEquals(deciding, a) ? FirstName : SecondName;
        return deciding with
        {
            Rule = Describe(),
            Reason = deciding.Reason.Length > 0 ? $"{name}: {deciding.Reason}" : $"decided by {name}",
            Detail = $"{FirstName}: {a.Describe()}{Suffix(a.Detail)} | {SecondName}: {b.Describe()}{Suffix(b.Detail)}",
            Controls = [.. a.Controls.Select(c => c with { Name = $"{FirstName}: {c.Name}" }), .. b.Controls.Select(c => c with { Name = $"{SecondName}: {c.Name}" })],
        };
    }

    private static int Rank(Verdict v) => v switch { Verdict.Pass => 0, Verdict.Inconclusive => 1, _ => 2 };

    private static string Suffix(string detail) => detail.Length > 0 ? $" ({detail})" : "";
}

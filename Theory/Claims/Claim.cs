namespace Repro.Theory.Claims;

/// <summary>
/// One claim of the paper as the project reproduces it: where it is stated, what it says in plain
/// words, what the harness measures, what the theory predicts and how the verdict is decided.
/// </summary>
/// <param name="Id">Stable project ID, "C1" … "C7".</param>
/// <param name="Title">Short title for tables and headings.</param>
/// <param name="PaperReference">arXiv version(s) and location in the paper; says when the form is the standard reading rather than a quoted statement.</param>
/// <param name="Statement">One paragraph in plain words.</param>
/// <param name="Measured">What the harness measures.</param>
/// <param name="PredictedForm">The predicted value or law.</param>
/// <param name="Checks">The kinds of check, primary first.</param>
/// <param name="VerdictRule">The rule that turns the measurement into PASS / FAIL / INCONCLUSIVE.</param>
public sealed record Claim(
    string Id,
    string Title,
    string PaperReference,
    string Statement,
    string Measured,
    string PredictedForm,
    IReadOnlyList<CheckKind> Checks,
    string VerdictRule)
{
    /// <summary>The primary kind of check.</summary>
    public CheckKind Kind => Checks[0];
}

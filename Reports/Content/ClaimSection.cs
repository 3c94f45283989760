using Repro.Reports.Layout;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// One claim: what the paper says and where, the predicted form and the command that reproduces
/// it alone, then v1 and v2 side by side: each model's verdict with the rule that decided it and
/// the rule's controls, its constants and settings, and its figures at half width, each with the
/// slack at every point. The numbers behind the figures go to an appendix (<see cref="FigureNumbersAppendix"/>).
/// </summary>
internal static class ClaimSection
{
    /// <summary>The word for results that are not judged (readers and scripts look for it).</summary>
    public const string Descriptive = "descriptive";

    private static readonly TableColumn[] VerdictColumns = [new(2.4, ColumnAlignment.Center), new(4)];
    private static readonly TableColumn[] ConstantColumns = [new(1.6), new(0.9, ColumnAlignment.Right), new(2.2)];

    /// <summary>Adds the section; returns its figures in the order they were numbered.</summary>
    public static IReadOnlyList<NumberedFigure> Add(ReportBuilder report, ClaimAnalysis analysis, Claim claim)
    {
        report.PageBreak();
        report.Heading($"{claim.Id}  {claim.Title}", 1);
        report.Paragraph(claim.Statement);
        report.Paragraph($"Paper: {claim.PaperReference}");
        report.Paragraph($"Measured: {claim.Measured}");
        report.Paragraph($"Predicted form: {claim.PredictedForm}");
        report.Paragraph("Reproduce this claim alone:");
        report.Code(analysis.ReproduceCommand);

        var figures = new List<NumberedFigure>();
        for (int first = 0; first < analysis.Models.Count; first += 2)
        {
            ModelAnalysis left = analysis.Models[first];
            ModelAnalysis? right = first + 1 < analysis.Models.Count ? analysis.Models[first + 1] : null;
            // Verdicts, then settings and constants, then figures: each a row of its own, so a page can end between them.
            report.SideBySide(() => AddVerdict(report, analysis, left), () => { if (right is not null) AddVerdict(report, analysis, right); });
            report.SideBySide(() => AddSettings(report, analysis, left), () => { if (right is not null) AddSettings(report, analysis, right); });
            int rows = Math.Max(left.Figures.Count, right?.Figures.Count ?? 0);
            for (int i = 0; i < rows; i++)
            {
                int row = i;
                report.SideBySide(() => AddFigure(report, claim, left, row, figures), () => { if (right is not null) AddFigure(report, claim, right, row, figures); });
            }
        }
        return figures;
    }

    private static void AddVerdict(ReportBuilder report, ClaimAnalysis analysis, ModelAnalysis model)
    {
        string prefix = $"{analysis.ClaimId}-{model.Model}";
        report.Heading(ModelText.Long(model.Model), 3);
        if (model.DescriptiveReason is { } why)
        {
            // Reasons may already open with "descriptive: " (they are also the summary table's text): say it once.
            string reason = why.StartsWith(Descriptive + ": ", StringComparison.Ordinal) ? why[(Descriptive.Length + 2)..] : why;
            report.Paragraph($"{Capitalised(Descriptive)}: {reason}. Shown, not judged.");
        }
        if (model.Verdict is not { } verdict)
        {
            report.Table(ReportTable.Same(prefix + "-verdict", ["Verdict", "Why"], [[VerdictCells.NotApplicable, model.NotApplicableReason ?? ""]]),
                VerdictColumns);
            return;
        }

        if (model.IsDescriptive)
        {
            // Not judged: no verdict, number or rule to read as one (the figures and settings follow).
            report.Table(ReportTable.Same(prefix + "-verdict", ["Verdict", "Why"], [[ClaimSection.Descriptive, VerdictCells.NotJudged]]), VerdictColumns);
            return;
        }
        report.Table(VerdictTable(prefix, verdict), VerdictColumns, (_, column) => column == 0 ? VerdictCells.Emphasis(model) : CellEmphasis.None);
        report.Paragraph(RuleText.Rule(verdict));
        if (RuleText.Controls(verdict) is { } controls) report.Paragraph(controls);
    }

    private static void AddSettings(ReportBuilder report, ClaimAnalysis analysis, ModelAnalysis model)
    {
        if (model.Verdict is not { } verdict) return;
        if (verdict.Detail.Length > 0 && !model.IsDescriptive) report.Paragraph($"Details: {verdict.Detail}");
        if (model.Settings.Count > 0)
            report.Paragraph("Settings: " + string.Join("; ", model.Settings.Select(s => $"{s.Name} = {s.Value}")) + ".");
        if (model.Divergence is { } divergence) report.Paragraph(DivergenceText(divergence));
        if (model.Constants.Count > 0) report.Table(ConstantsTable($"{analysis.ClaimId}-{model.Model}", model.Constants), ConstantColumns);
    }

    private static void AddFigure(ReportBuilder report, Claim claim, ModelAnalysis model, int index, List<NumberedFigure> figures)
    {
        if (index >= model.Figures.Count) return;
        FigureData figure = model.Figures[index];
        (ScottPlot.Plot plot, int height, int hidden, string? longYLabel) = FigurePlot.Build(figure, report.FigureWidth);
        int number = report.FigureCount + 1;
        var notes = new List<string> { $"Figure {number}. {claim.Id} on {ModelText.Short(model.Model)}, from {Numbers.Integer(model.UnitKeys.Count)} unit(s)" };
        if (figure.Descriptive || model.DescriptiveReason is not null) notes.Add($"{Capitalised(Descriptive)}: no verdict depends on this figure");
        if (figure.Finding.Length > 0) notes.Add(figure.Finding.TrimEnd('.'));
        if (FigurePlot.MarkerNote(figure) is { Length: > 0 } markers) notes.Add(markers);
        if (BoundConstants(figure, model) is { } constants) notes.Add(constants);
        if (longYLabel is not null) notes.Add($"y axis: {longYLabel}");
        if (hidden > 0) notes.Add($"{Numbers.Integer(hidden)} point(s) ≤ 0 not drawn on the log axis (listed in the appendix)");
        string caption = string.Join(". ", notes) + "." + string.Concat(SlackText.Lines(figure).Select(line => "\n" + line));
        report.Figure(figure.Id, plot, height, caption);
        figures.Add(new NumberedFigure(number, claim.Id, model.Model, figure));
    }

    /// <summary>"Bound with b = 2.89, C = 1.2": the constants the drawn bound or prediction was evaluated with (null when it has none).</summary>
    private static string? BoundConstants(FigureData figure, ModelAnalysis model)
    {
        if (model.Constants.Count == 0 || !figure.Series.Any(s => s.Kind != SeriesKind.Measured)) return null;
        return "Bound evaluated with " + string.Join(", ", model.Constants.Select(c => $"{c.Symbol} = {Numbers.Read(c.Value)}"));
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>"Training runs: 120, none diverged." or the diverged ones with their step and unit key prefix.</summary>
    private static string DivergenceText(DivergenceSummary divergence)
    {
        string runs = $"Training runs: {Numbers.Integer(divergence.TrainingRuns)}";
        if (divergence.Diverged.Count == 0) return runs + ", none diverged.";
        const int Listed = 5;
        IEnumerable<string> listed = divergence.Diverged.Take(Listed).Select(r => $"{r.UnitKey[..12]} at step {Numbers.Integer(r.Step)}");
        string more = divergence.Diverged.Count > Listed ? $", and {Numbers.Integer(divergence.Diverged.Count - Listed)} more" : "";
        return $"{runs}, DIVERGED: {Numbers.Integer(divergence.Diverged.Count)} (parameters or loss became non-finite, "
            + $"recorded with the step, never dropped): {string.Join(", ", listed)}{more}.";
    }

    private static ReportTable VerdictTable(string prefix, VerdictResult verdict)
        => new(prefix + "-verdict", ["Verdict", "Deciding number"], [[VerdictResult.Label(verdict.Verdict), VerdictCells.Finding(verdict)]],
            ["verdict", "deciding_quantity", "value", "ci_low", "ci_high", "confidence_level", "relation", "reference_label", "reference", "predicted", "tolerance", "sample_count", "sample_unit", "reason", "rule"],
            [[VerdictResult.Label(verdict.Verdict), verdict.DecidingQuantity, Numbers.Exact(verdict.Value), Numbers.Exact(verdict.CiLow), Numbers.Exact(verdict.CiHigh),
              Numbers.Exact(verdict.ConfidenceLevel), verdict.Relation, verdict.ReferenceLabel, Numbers.Exact(verdict.Reference), Numbers.Exact(verdict.Predicted),
              Numbers.Exact(verdict.Tolerance), Numbers.Integer(verdict.SampleCount), verdict.SampleUnit, verdict.Reason, verdict.Rule]]);

    private static ReportTable ConstantsTable(string prefix, IReadOnlyList<ConstantValue> constants)
        => new(prefix + "-constants", ["Constant", "Value", "Provenance"],
            [.. constants.Select(c => (IReadOnlyList<string>)[$"{c.Symbol}: {c.Name}", Numbers.Read(c.Value), c.Provenance])],
            ["symbol", "name", "value", "provenance"],
            [.. constants.Select(c => (IReadOnlyList<string>)[c.Symbol, c.Name, Numbers.Exact(c.Value), c.Provenance])]);
}

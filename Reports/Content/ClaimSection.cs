using Repro.Reports.Layout;
using Repro.Theory.Claims;
using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// One claim: what the paper says and where, the predicted form and the rule, the command that
/// reproduces it alone, then per model the verdict, the constants with their provenance, the
/// settings, and each figure with the table of its numbers.
/// </summary>
internal static class ClaimSection
{
    /// <summary>Height of a figure in points without its legend (title, axes, ~150 pt of data area).</summary>
    public const int FigureBaseHeight = 250;

    /// <summary>Height each legend entry adds: the legend sits below the plot, one entry per line, so it never covers data.</summary>
    public const int LegendEntryHeight = 18;

    private static readonly TableColumn[] VerdictColumns = [new(1.6, ColumnAlignment.Center), new(6)];
    private static readonly TableColumn[] ConstantColumns = [new(0.9), new(2), new(0.9, ColumnAlignment.Right), new(4)];
    private static readonly TableColumn[] FigureColumns =
        [new(2.4), new(0.8, ColumnAlignment.Right), new(0.95, ColumnAlignment.Right), new(1.3, ColumnAlignment.Right), new(0.9), new(1.1)];

    public static void Add(ReportBuilder report, ClaimAnalysis analysis, Claim claim)
    {
        report.PageBreak();
        report.Heading($"{claim.Id}  {claim.Title}", 1);
        report.Paragraph(claim.Statement);
        report.Paragraph($"Paper: {claim.PaperReference}");
        report.Paragraph($"Measured: {claim.Measured}");
        report.Paragraph($"Predicted form: {claim.PredictedForm}");
        report.Paragraph($"Verdict rule ({string.Join(", ", claim.Checks).ToLowerInvariant()} check): {claim.VerdictRule}");
        report.Paragraph("Reproduce this claim alone:");
        report.Code(analysis.ReproduceCommand);
        foreach (ModelAnalysis model in analysis.Models) AddModel(report, analysis, claim, model);
    }

    private static void AddModel(ReportBuilder report, ClaimAnalysis analysis, Claim claim, ModelAnalysis model)
    {
        string prefix = $"{analysis.ClaimId}-{model.Model}";
        report.Heading($"{claim.Id} on {ModelText.Long(model.Model)}", 2);
        if (model.Verdict is not { } verdict)
        {
            report.Table(ReportTable.Same(prefix + "-verdict", ["Verdict", "Why"], [[VerdictCells.NotApplicable, model.NotApplicableReason ?? ""]]),
                VerdictColumns);
            return;
        }

        report.Table(VerdictTable(prefix, verdict), VerdictColumns, (_, column) => column == 0 ? VerdictCells.Emphasis(model) : CellEmphasis.None);
        if (verdict.Rule != claim.VerdictRule) report.Paragraph($"Rule as applied: {verdict.Rule}");
        if (verdict.Detail.Length > 0) report.Paragraph($"Details: {verdict.Detail}");
        if (model.Settings.Count > 0)
            report.Paragraph("Settings: " + string.Join("; ", model.Settings.Select(s => $"{s.Name} = {s.Value}")) + ".");
        if (model.Divergence is { } divergence) report.Paragraph(DivergenceText(divergence));
        if (model.Constants.Count > 0) report.Table(ConstantsTable(prefix, model.Constants), ConstantColumns);

        foreach (FigureData figure in model.Figures)
        {
            int height = FigureBaseHeight + LegendEntryHeight * figure.Series.Count(s => s.Points.Count > 0);
            (ScottPlot.Plot plot, int hidden, string? longYLabel) = FigurePlot.Build(figure, ReportBuilder.FigureWidth, height);
            int number = report.FigureCount + 1;
            var notes = new List<string> { $"Figure {number}. {claim.Id} on {ModelText.Short(model.Model)}, from {Numbers.Integer(model.UnitKeys.Count)} unit(s)" };
            if (FigurePlot.MarkerNote(figure) is { Length: > 0 } markers) notes.Add(markers);
            if (longYLabel is not null) notes.Add($"y axis: {longYLabel}");
            if (hidden > 0) notes.Add($"{Numbers.Integer(hidden)} point(s) ≤ 0 not drawn on the log axis (listed below)");
            string caption = string.Join(". ", notes) + ".";
            report.Figure(figure.Id, plot, height, caption);
            report.Table(FigureTable.Build(figure), FigureColumns);
        }
    }

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
            ["verdict", "deciding_quantity", "value", "ci_low", "ci_high", "confidence_level", "relation", "reference_label", "reference", "predicted", "tolerance", "sample_count", "sample_unit", "reason"],
            [[VerdictResult.Label(verdict.Verdict), verdict.DecidingQuantity, Numbers.Exact(verdict.Value), Numbers.Exact(verdict.CiLow), Numbers.Exact(verdict.CiHigh),
              Numbers.Exact(verdict.ConfidenceLevel), verdict.Relation, verdict.ReferenceLabel, Numbers.Exact(verdict.Reference), Numbers.Exact(verdict.Predicted),
              Numbers.Exact(verdict.Tolerance), Numbers.Integer(verdict.SampleCount), verdict.SampleUnit, verdict.Reason]]);

    private static ReportTable ConstantsTable(string prefix, IReadOnlyList<ConstantValue> constants)
        => new(prefix + "-constants", ["Symbol", "Constant", "Value", "Provenance"],
            [.. constants.Select(c => (IReadOnlyList<string>)[c.Symbol, c.Name, Numbers.Read(c.Value), c.Provenance])],
            ["symbol", "name", "value", "provenance"],
            [.. constants.Select(c => (IReadOnlyList<string>)[c.Symbol, c.Name, Numbers.Exact(c.Value), c.Provenance])]);
}

using Repro.Reports.Layout;

namespace Repro.Reports.Content;

/// <summary>
/// The raw numbers behind every figure, after the claim sections: the claim pages show the plots
/// and their slack, this appendix the points (tables/&lt;figure id&gt;.csv keeps them at full precision).
/// </summary>
internal static class FigureNumbersAppendix
{
    private static readonly TableColumn[] Columns =
        [new(2.0), new(0.7, ColumnAlignment.Right), new(0.8, ColumnAlignment.Right), new(1.2, ColumnAlignment.Right), new(1.1), new(0.7, ColumnAlignment.Right), new(1.9)];

    public static void Add(ReportBuilder report, IReadOnlyList<NumberedFigure> figures)
    {
        if (figures.Count == 0) return;
        report.PageBreak();
        report.Heading("Appendix: numbers behind the figures", 1);
        report.Paragraph("Every plotted point, rounded to 3 significant digits; a dense prediction curve only where it is compared. "
            + "tables/<figure id>.csv holds every point at full precision.");
        foreach (NumberedFigure f in figures)
        {
            report.Heading($"Figure {Numbers.Integer(f.Number)}: {f.ClaimId} on {ModelText.Short(f.Model)} ({f.Figure.Id})", 3);
            report.Table(FigureTable.Build(f.Figure), Columns);
        }
    }
}

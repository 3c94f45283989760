using System.Globalization;
using Repro.Reports.Layout;

namespace Repro.Reports.Tests;

/// <summary>A document that exercises every primitive, including a paragraph and a table that cross page boundaries.</summary>
internal static class SampleReport
{
    public static readonly DateTimeOffset Date = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
    public const string FooterNote = "manifest 3f9a1c2b7d4e";

    public static readonly string[] Headings =
    [
        "Reproduction report: layout sample",
        "1 Summary",
        "2 A long paragraph",
        "2.1 Command line",
        "3 Verdicts by claim",
        "4 Figures",
        "4.1 Sensitivity",
    ];

    public static readonly string[] TableHeader = ["Claim", "Statement", "Measured", "Verdict"];

    public static readonly string LongCommand =
        "dotnet Harness/bin/Release/net10.0/repro.dll reproduce --profile review --jobs 2 --out artifacts --claims C1,C2,C3,C4,C5,C6,C7 --seed 42 --verbose";

    public static readonly string UnbreakableToken = "sha256:" + string.Concat(Enumerable.Repeat("0123456789abcdef", 8));

    public static IReadOnlyList<IReadOnlyList<string>> TableRows { get; } = [.. Enumerable.Range(1, 46).Select(Row)];

    public static byte[] Render(DateTimeOffset date) => Render(date, out _);

    public static byte[] Render(DateTimeOffset date, out int pageCount)
    {
        using var writer = Build(date);
        using var buffer = new MemoryStream();
        pageCount = writer.Write(buffer);
        return buffer.ToArray();
    }

    public static PdfReportWriter Build(DateTimeOffset date)
    {
        var writer = new PdfReportWriter(new ReportMetadata("Layout sample", "Repro", "Layout primitives", "Repro tests", "Repro.Reports", date), FooterNote);
        writer.Heading(Headings[0], 1);
        writer.Paragraph("This document exercises every layout primitive: headings of three levels, wrapped prose, code, a table that spans pages, and vector figures with captions.");
        writer.Heading(Headings[1], 2);
        writer.Paragraph("Seven claims were checked. Five passed, one failed and one was inconclusive at the review profile; see Table 1.\nAn explicit line break starts this second line.");
        writer.Heading(Headings[2], 2);
        writer.Paragraph(LongText());
        writer.Heading(Headings[3], 3);
        writer.Code(LongCommand);
        writer.Code(UnbreakableToken);
        writer.Heading(Headings[4], 2);
        writer.Table(TableHeader, TableRows,
            [new TableColumn(0.6), new TableColumn(3), new TableColumn(1, ColumnAlignment.Right), new TableColumn(1.1, ColumnAlignment.Center)],
            (row, column) => column == 3 ? VerdictEmphasis(TableRows[row][3]) : CellEmphasis.None);
        writer.Spacer(6);
        writer.Heading(Headings[5], 2);
        writer.Figure(SamplePlots.LogLog(), 250, "Figure 1. Gradient norm against sequence length, both axes logarithmic; bars are 95 % bootstrap intervals over 5 seeds.");
        writer.Heading(Headings[6], 3);
        writer.Figure(SamplePlots.Linear(), 220, "Figure 2. Test loss against hidden width.");
        writer.PageBreak();
        writer.Paragraph("After an explicit page break.");
        return writer;
    }

    private static IReadOnlyList<string> Row(int i)
    {
        string claim = string.Create(CultureInfo.InvariantCulture, $"C{i}");
        string statement = i % 5 == 0
            ? "Hidden-state Lipschitz bound holds uniformly over the unit ball for every tested width and sequence length"
            : "Width bound scales as predicted";
        string measured = (0.01 * i).ToString("F3", CultureInfo.InvariantCulture);
        string verdict = (i % 3) switch { 0 => "PASS", 1 => "FAIL", _ => "INCONCLUSIVE" };
        return [claim, statement, measured, verdict];
    }

    public static CellEmphasis VerdictEmphasis(string verdict) => verdict switch
    {
        "PASS" => CellEmphasis.Positive,
        "FAIL" => CellEmphasis.Negative,
        "INCONCLUSIVE" => CellEmphasis.Caution,
        _ => CellEmphasis.None,
    };

    private static string LongText()
    {
        var sentences = new List<string>();
        for (int i = 1; i <= 60; i++)
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"Sentence {i} describes how the recurrent network with width m and sequence length T behaves under projected gradient descent with step size η."));
        return string.Join(' ', sentences);
    }
}

namespace Repro.Reports.Content;

/// <summary>The whole report in memory: the PDF and every file beside it, ready to be written.</summary>
/// <param name="Pdf">The bytes of report.pdf.</param>
/// <param name="PageCount">Pages in the PDF.</param>
/// <param name="Files">figures/*.svg|png, tables/*.csv and summary.md, sorted by path.</param>
public sealed record RenderedReport(byte[] Pdf, int PageCount, IReadOnlyList<ReportFile> Files);

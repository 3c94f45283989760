namespace Repro.Reports.Content;

/// <summary>
/// A table as the PDF shows it (<see cref="Rows"/>, numbers rounded for reading) and as its CSV
/// keeps it (<see cref="CsvHeader"/>/<see cref="CsvRows"/>, full precision, possibly more rows).
/// </summary>
/// <param name="Name">File stem under tables/, e.g. "C3-v1-width".</param>
internal sealed record ReportTable(
    string Name,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string> CsvHeader,
    IReadOnlyList<IReadOnlyList<string>> CsvRows)
{
    /// <summary>A table whose CSV is exactly what the PDF shows.</summary>
    public static ReportTable Same(string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
        => new(name, header, rows, header, rows);
}

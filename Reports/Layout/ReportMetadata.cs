namespace Repro.Reports.Layout;

/// <summary>
/// The PDF's document information. <see cref="Date"/> becomes both creation and modification
/// date and is the only date in the file: the caller derives it from SOURCE_DATE_EPOCH (or the
/// commit time), never from the clock, so the same inputs give the same bytes.
/// </summary>
public sealed record ReportMetadata(string Title, string Author, string Subject, string Creator, string Producer, DateTimeOffset Date);

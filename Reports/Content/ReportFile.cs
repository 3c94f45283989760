namespace Repro.Reports.Content;

/// <summary>A file next to the PDF: '/'-separated path relative to the output folder, and its bytes.</summary>
public sealed record ReportFile(string Path, byte[] Bytes);

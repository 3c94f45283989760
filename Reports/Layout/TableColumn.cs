namespace Repro.Reports.Layout;

/// <summary>A table column's share of the text width (relative to the other columns) and its alignment.</summary>
public sealed record TableColumn(double RelativeWidth = 1, ColumnAlignment Alignment = ColumnAlignment.Left);

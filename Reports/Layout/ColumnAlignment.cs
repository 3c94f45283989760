namespace Repro.Reports.Layout;

/// <summary>Horizontal placement of text in a table column (numbers read best right-aligned).</summary>
public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}

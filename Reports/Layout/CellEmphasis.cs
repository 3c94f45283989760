namespace Repro.Reports.Layout;

/// <summary>
/// How a table cell stands out: bold coloured text on a tint. Named by meaning, not colour, so
/// the content maps verdicts (PASS → Positive, FAIL → Negative, INCONCLUSIVE → Caution) and the
/// layout owns the palette.
/// </summary>
public enum CellEmphasis
{
    None,
    Positive,
    Negative,
    Caution,
}

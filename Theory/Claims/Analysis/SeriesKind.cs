namespace Repro.Theory.Claims.Analysis;

/// <summary>How a series is drawn: measurements as markers with CIs, predictions and bounds as lines.</summary>
public enum SeriesKind
{
    Measured,
    Predicted,
    Bound,
}

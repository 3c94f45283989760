using System.Globalization;

namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// How a hierarchical-bootstrap interval is drawn: its random stream (seed, name), its nominal coverage and the number
/// of resamples. A rule holds one, so its text can state every number that shaped its intervals.
/// </summary>
/// <param name="Seed">Root seed of the resampling stream.</param>
/// <param name="Stream">Stream name; sub-streams (one per point, per control) append "/…" to it.</param>
/// <param name="ConfidenceLevel">Two-sided nominal coverage, in (0, 1).</param>
/// <param name="Resamples">Number of resamples B, ≥ 1.</param>
public sealed record BootstrapSettings(ulong Seed, string Stream, double ConfidenceLevel = 0.95, int Resamples = Bootstrap.DefaultResamples)
{
    /// <summary>The same settings on the sub-stream "Stream/suffix".</summary>
    public BootstrapSettings For(string suffix) => this with { Stream = Stream + "/" + suffix };

    /// <summary>
    /// "95% hierarchical-bootstrap CI (2000 resamples: …; seed 7)". The stream name is left out: it only keeps the
    /// resamples of different quantities independent, and leaving it out lets parts that apply one rule share one text.
    /// </summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{ConfidenceLevel * 100:G4}% hierarchical-bootstrap CI ({Resamples} resamples: (data, teacher) draws with replacement, then initial seeds with replacement within each chosen draw; seed {Seed})");
}

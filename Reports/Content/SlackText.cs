using Repro.Theory.Claims.Analysis;

namespace Repro.Reports.Content;

/// <summary>
/// The line under a figure that gives measured/bound at each point, e.g.
/// "slack (measured/bound): T=2 0.31 · T=4 0.28 · T=64 0.9 (outside)". The word "slack" is what
/// readers and scripts look for.
/// </summary>
internal static class SlackText
{
    public const string Word = "slack";

    /// <summary>One line per series that carries slack (none when no point has one).</summary>
    public static IEnumerable<string> Lines(FigureData figure)
    {
        List<SeriesData> judged = [.. figure.Series.Where(s => s.Points.Any(p => p.Slack is not null))];
        string symbol = XSymbol(figure.XLabel);
        foreach (SeriesData series in judged)
        {
            string label = judged.Count > 1 ? $"{Word} (measured/bound), {series.Name}" : $"{Word} (measured/bound)";
            IEnumerable<string> points = series.Points.Where(p => p.Slack is not null)
                .Select(p => $"{symbol}={Numbers.Read(p.X)} {Numbers.Read(p.Slack)}{(p.OutsideHypotheses ? " (outside)" : "")}");
            yield return $"{label}: {string.Join(" · ", points)}";
        }
    }

    /// <summary>"sequence length T (steps)" → "T", "1/ε (inverse relative loss)" → "1/ε"; "x" when the label ends in no short symbol.</summary>
    internal static string XSymbol(string xLabel)
    {
        string text = xLabel.Trim();
        int unit = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (unit > 0 && text.EndsWith(')')) text = text[..unit].TrimEnd();
        string last = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return last.Length is > 0 and <= 4 ? last : "x";
    }
}

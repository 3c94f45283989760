using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// Greedy line breaking against measured advances. Prose breaks at whitespace (collapsing runs)
/// and splits only a word too long for a whole line; code keeps its spacing, prefers a space
/// and otherwise breaks at any character, because a command line may have no spaces at all.
/// An explicit '\n' always starts a new line.
/// </summary>
internal static class TextWrapper
{
    /// <summary>Wraps prose into lines no wider than <paramref name="width"/>.</summary>
    public static List<string> Prose(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (string hardLine in SplitLines(text))
        {
            string current = "";
            foreach (string word in hardLine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = current.Length == 0 ? word : current + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0) lines.Add(current);
                string rest = word;
                while (rest.Length > 1 && font.MeasureText(rest) > width)
                {
                    int n = Fit(rest, font, width);
                    lines.Add(rest[..n]);
                    rest = rest[n..];
                }
                current = rest;
            }
            lines.Add(current);
        }
        return lines;
    }

    /// <summary>
    /// Wraps code: the first line of each source line gets <paramref name="width"/>, its
    /// continuations <paramref name="width"/> − <paramref name="indent"/>. Returns each piece
    /// with whether it continues the previous one.
    /// </summary>
    public static List<(string Text, bool Continuation)> Code(string text, SKFont font, float width, float indent)
    {
        var lines = new List<(string, bool)>();
        foreach (string hardLine in SplitLines(text))
        {
            string rest = hardLine.TrimEnd();
            bool continuation = false;
            while (true)
            {
                float available = continuation ? width - indent : width;
                if (font.MeasureText(rest) <= available)
                {
                    lines.Add((rest, continuation));
                    break;
                }
                int n = Fit(rest, font, available);
                int space = rest.LastIndexOf(' ', n - 1, n);
                int cut = space > n / 3 ? space + 1 : n; // a space late enough: break after it
                lines.Add((rest[..cut].TrimEnd(), continuation));
                rest = rest[cut..];
                continuation = true;
            }
        }
        return lines;
    }

    private static string[] SplitLines(string text)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Split('\n');

    /// <summary>How many leading chars fit in <paramref name="width"/>: at least one, never half a surrogate pair.</summary>
    private static int Fit(string text, SKFont font, float width)
    {
        int n = font.BreakText(text, width);
        n = Math.Clamp(n, 1, text.Length);
        if (n < text.Length && char.IsLowSurrogate(text[n]) && n > 1) n--;
        else if (n < text.Length && char.IsLowSurrogate(text[n])) n++;
        return n;
    }
}

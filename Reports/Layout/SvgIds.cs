using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Repro.Reports.Layout;

/// <summary>
/// Skia's SVG back end names clip paths after the clip's generation id, a process-wide
/// counter, so the same plot gets different ids each time. Renumbering the ids in order of
/// first appearance makes the file depend on the drawing alone.
/// </summary>
internal static partial class SvgIds
{
    [GeneratedRegex(@"(id=""|url\(#)cl_([0-9A-Fa-f]+)")]
    private static partial Regex ClipId();

    public static byte[] Normalize(byte[] svg)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string text = ClipId().Replace(Encoding.UTF8.GetString(svg), match =>
        {
            string id = match.Groups[2].Value;
            if (!numbers.TryGetValue(id, out int number)) numbers[id] = number = numbers.Count + 1;
            return match.Groups[1].Value + "cl_" + number.ToString(CultureInfo.InvariantCulture);
        });
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }
}

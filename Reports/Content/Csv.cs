using System.Text;

namespace Repro.Reports.Content;

/// <summary>RFC 4180 CSV: comma-separated, '\n' line ends, a field quoted when it holds a comma, quote or line break.</summary>
internal static class Csv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (IReadOnlyList<string> row in rows) Line(text, row);
        return Utf8.GetBytes(text.ToString());
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            string cell = cells[i];
            bool quote = cell.AsSpan().IndexOfAny(",\"\n\r") >= 0;
            text.Append(quote ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
        }
        text.Append('\n');
    }
}

namespace Repro.Harness.Verify;

/// <summary>Prints the verify table: item, expected, got, verdict, and under a row the difference found.</summary>
internal static class VerifyTable
{
    private const int ItemWidth = 72;

    public static void Print(TextWriter output, VerifyReport report)
    {
        output.WriteLine($"{"item",-ItemWidth} {"expected",-12} {"got",-12} verdict");
        foreach (VerifyRow row in report.Rows)
        {
            string item = row.Item.Length <= ItemWidth ? row.Item : row.Item[..(ItemWidth - 1)] + "…";
            output.WriteLine($"{item,-ItemWidth} {row.Expected,-12} {row.Got,-12} {row.Verdict}");
            if (row.Detail.Length > 0) output.WriteLine($"    {row.Detail}");
        }
    }
}

using System.Globalization;
using Repro.Theory.Claims;

namespace Repro.Reports.Content;

/// <summary>Number spellings: rounded for reading (the verdict's own format) and exact for CSV.</summary>
internal static class Numbers
{
    /// <summary>3 significant digits, as in verdict lines, so the text and the tables agree.</summary>
    public static string Read(double value) => VerdictResult.Format(value);

    public static string Read(double? value) => value is double v ? Read(v) : "";

    /// <summary>Shortest round-trip text, invariant culture.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Exact(double? value) => value is double v ? Exact(v) : "";

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"[low, high]" or "" without an interval.</summary>
    public static string Interval(double? low, double? high)
        => low is double lo && high is double hi ? $"[{Read(lo)}, {Read(hi)}]" : "";

    /// <summary>Seconds as "42 s", "12 min", "3.4 h".</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 1 => "< 1 s",
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:F0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:F0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:F1} h"),
    };

    /// <summary>The report date, always in UTC: "2024-05-06 07:08:09 UTC".</summary>
    public static string Date(DateTimeOffset date)
        => date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Repro.Theory.Claims.Rules;

/// <summary>Number formatting shared by the rules' texts (invariant culture, <see cref="VerdictResult.Format"/>).</summary>
internal static class RuleText
{
    public static string F(double x) => VerdictResult.Format(x);

    public static string Percent(double level) => VerdictResult.Format(level * 100) + "%";

    public static string Int(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> parts) => string.Join("; ", parts);
}

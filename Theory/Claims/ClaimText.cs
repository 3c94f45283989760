using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>What the claims' texts share: the paper's identifier, and exponents as they read in a formula.</summary>
internal static class ClaimText
{
    public const string Paper = "arXiv:2402.12241";

    /// <summary>Why v1's C3–C5 are not judged against the v1 theorem (CLAIM-TESTS.md, principle 5; docs/decisions.md).</summary>
    public const string V1Descriptive = "descriptive: not a test of the v1 theorem (v1 has no teacher from its own tangent features and no transported comparator; see docs/decisions.md)";

    /// <summary>An exponent as it reads in a formula: nothing for 1, superscript digits for small integers, ^p otherwise.</summary>
    public static string Power(double exponent)
    {
        if (exponent == 1) return "";
        if (exponent == Math.Floor(exponent) && exponent is >= 0 and <= 9) return "⁰¹²³⁴⁵⁶⁷⁸⁹"[(int)exponent].ToString();
        return Invariant($"^{exponent}");
    }
}

using static System.FormattableString;

namespace Repro.Theory.Claims;

/// <summary>What the claims' texts share: the paper's identifier, and exponents as they read in a formula.</summary>
internal static class ClaimText
{
    public const string Paper = "arXiv:2402.12241";

    /// <summary>An exponent as it reads in a formula: nothing for 1, superscript digits for small integers, ^p otherwise.</summary>
    public static string Power(double exponent)
    {
        if (exponent == 1) return "";
        if (exponent == Math.Floor(exponent) && exponent is >= 0 and <= 9) return "⁰¹²³⁴⁵⁶⁷⁸⁹"[(int)exponent].ToString();
        return Invariant($"^{exponent}");
    }
}

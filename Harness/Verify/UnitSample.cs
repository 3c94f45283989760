using System.Globalization;
using Repro.Harness.Store;

namespace Repro.Harness.Verify;

/// <summary>
/// A seeded, deterministic sample of unit keys: keys ordered by SHA-256(seed, key), the first k taken.
/// The same manifest and seed pick the same units on every machine; a reviewer changes the seed to
/// look elsewhere.
/// </summary>
internal static class UnitSample
{
    public static IReadOnlyList<string> Choose(IReadOnlyList<string> keys, int? sample, int seed)
    {
        if (sample is not int k || k >= keys.Count) return keys;
        return [.. keys
            .OrderBy(key => ContentHash.Sha256Hex(string.Create(CultureInfo.InvariantCulture, $"repro-verify-sample/{seed}/{key}")), StringComparer.Ordinal)
            .Take(k)
            .Order(StringComparer.Ordinal)];
    }
}

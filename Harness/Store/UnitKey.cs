using System.Text.Json.Nodes;
using Repro.Theory.Numerics;

namespace Repro.Harness.Store;

/// <summary>
/// The store key of a unit: SHA-256 over its canonical JSON and the Theory assembly's MVID.
/// The MVID of a deterministic build is a hash of the numeric code, so changing the maths
/// orphans old results while changing the harness or reports re-uses them.
/// </summary>
public static class UnitKey
{
    /// <summary>The MVID of the Theory assembly as built and loaded in this process.</summary>
    public static Guid TheoryMvid { get; } = typeof(CounterRng).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Lowercase hex SHA-256 of (compact canonical JSON of <paramref name="unit"/> + "\n" + MVID in "D" format).</summary>
    public static string Compute(JsonNode unit, Guid theoryMvid)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return ContentHash.Sha256Hex(CanonicalJson.Serialize(unit) + "\n" + theoryMvid.ToString("D"));
    }

    /// <summary>The key of <paramref name="unit"/> under the Theory assembly loaded now.</summary>
    public static string Compute(JsonNode unit) => Compute(unit, TheoryMvid);
}

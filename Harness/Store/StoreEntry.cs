using System.Text.Json.Nodes;

namespace Repro.Harness.Store;

/// <summary>
/// One verified store entry. The unit is kept beside the result so an entry explains itself
/// (and a merge or verify can re-run it) without the plan that produced it.
/// </summary>
/// <param name="Key">The unit key (file name).</param>
/// <param name="Unit">The unit's JSON, detached and canonical-equivalent.</param>
/// <param name="Result">The result's JSON, detached, exactly as a fresh run would have saved it.</param>
/// <param name="Sha256">Hex SHA-256 of the compact canonical {"key","result","unit"}.</param>
public sealed record StoreEntry(string Key, JsonNode Unit, JsonNode Result, string Sha256);

namespace Repro.Harness.Store;

/// <summary>An output file listed in the manifest.</summary>
/// <param name="Path">Path relative to the manifest's directory, '/'-separated.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes.</param>
public sealed record OutputFile(string Path, string Sha256);

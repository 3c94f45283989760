using Repro.Theory.Experiments;
namespace Repro.Harness.Store;

/// <summary>
/// What a run was and what it produced: tool version, code provenance, machine, profile, every
/// unit key and the hash of every output. Contains nothing time-dependent, so the same run twice
/// gives the same bytes, and its own hash (<see cref="Sha256"/>) identifies the whole run.
/// </summary>
/// <param name="FormatVersion">File format version (<see cref="CurrentFormatVersion"/>).</param>
/// <param name="ToolVersion">Informational version of the <c>repro</c> assembly.</param>
/// <param name="Git">Commit and working-tree state.</param>
/// <param name="Environment">Runtime, OS, architecture, CPU, cores.</param>
/// <param name="Profile">Profile name (smoke, review, full).</param>
/// <param name="UnitKeys">Every unit key of the run, distinct and sorted ordinally.</param>
/// <param name="Outputs">Every output file with its hash, sorted by path.</param>
public sealed record Manifest(
    int FormatVersion,
    string ToolVersion,
    GitInfo Git,
    EnvironmentInfo Environment,
    string Profile,
    IReadOnlyList<string> UnitKeys,
    IReadOnlyList<OutputFile> Outputs)
{
    /// <summary>The format this build writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Conventional file name inside the output directory.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The file bytes: indented canonical JSON, UTF-8, trailing newline.</summary>
    public byte[] ToBytes() => CanonicalJson.ToFileBytes(CanonicalJson.ToNode(this));

    /// <summary>Hex SHA-256 of <see cref="ToBytes"/> — the hash printed on report pages.</summary>
    public string Sha256() => ContentHash.Sha256Hex(ToBytes());

    /// <summary>Writes the manifest atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllBytes(path, ToBytes());

    /// <summary>Reads and validates a manifest.</summary>
    /// <exception cref="ManifestFormatException">Unreadable, not JSON, a missing or ill-typed field, or a future formatVersion.</exception>
    public static Manifest Load(string path) => ManifestReader.Read(path);
}

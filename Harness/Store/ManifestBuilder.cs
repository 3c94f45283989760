using System.Reflection;

namespace Repro.Harness.Store;

/// <summary>
/// Assembles a <see cref="Manifest"/> from a finished run: probes git and the machine, sorts the
/// unit keys, hashes the output files. Sorting everything makes the bytes independent of the
/// order in which units and files were produced.
/// </summary>
public static class ManifestBuilder
{
    /// <summary>Informational version of the <c>repro</c> assembly (includes the source revision when the SDK adds it).</summary>
    public static string ToolVersion { get; } =
        typeof(ManifestBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// The manifest of a run: <paramref name="outputPaths"/> are relative to
    /// <paramref name="manifestDirectory"/>; the commit is this build's (<see cref="BuildCommit"/>), with the
    /// live tree state of <paramref name="repositoryDirectory"/> when that checkout is at the same commit.
    /// </summary>
    public static Manifest Build(
        string profile, IEnumerable<string> unitKeys, string manifestDirectory, IEnumerable<string> outputPaths, string repositoryDirectory)
        => Build(profile, unitKeys, manifestDirectory, outputPaths, BuildCommit.Provenance(repositoryDirectory, BuildCommit.Current), EnvironmentProbe.Describe());

    /// <summary>As above with provenance and environment supplied (for tests, or to reuse one probe for several manifests).</summary>
    public static Manifest Build(
        string profile, IEnumerable<string> unitKeys, string manifestDirectory, IEnumerable<string> outputPaths, GitInfo git, EnvironmentInfo environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile);
        ArgumentNullException.ThrowIfNull(unitKeys);
        ArgumentNullException.ThrowIfNull(outputPaths);
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(environment);

        List<string> keys = [.. unitKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        string? badKey = keys.Find(key => !ContentHash.IsSha256Hex(key));
        if (badKey is not null) throw new ArgumentException($"'{badKey}' is not a unit key", nameof(unitKeys));

        List<OutputFile> outputs = [.. outputPaths
            .Select(RelativePath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => new OutputFile(path, ContentHash.Sha256HexOfFile(Path.Combine(manifestDirectory, path))))];

        return new Manifest(Manifest.CurrentFormatVersion, ToolVersion, git, environment, profile, keys, outputs);
    }

    /// <summary>'/'-separated, relative and inside the manifest's directory, so the manifest is portable across machines.</summary>
    private static string RelativePath(string path)
    {
        string normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || Path.IsPathRooted(normalized) || normalized.Split('/').Any(part => part is "" or "." or ".."))
            throw new ArgumentException($"output path '{path}' must be relative to the manifest directory, without '.' or '..'", nameof(path));
        return normalized;
    }
}

using Repro.Harness.Store;

namespace Repro.Harness.Verify;

/// <summary>
/// What a user may name as "the run": its manifest.json or the run folder holding it. A folder
/// without a manifest is bad input said in those words (reading a folder as a file would fail
/// with "Access denied", which names the wrong problem).
/// </summary>
internal static class ManifestLocation
{
    /// <summary>The absolute path of the manifest; a UsageException naming <paramref name="field"/> for a folder with none.</summary>
    public static string Resolve(string field, string given)
    {
        string full = Path.GetFullPath(given);
        if (!Directory.Exists(full)) return full;
        string inside = Path.Combine(full, Manifest.FileName);
        return File.Exists(inside)
            ? inside
            : throw new UsageException(field, $"'{given}' is a folder with no {Manifest.FileName} (give a run folder or its {Manifest.FileName})");
    }
}

using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Store;

namespace Repro.Harness.Verify;

/// <summary>
/// Checks a run against its manifest: the SHA-256 of every listed file, the published report files
/// against a fresh render of the verified results, the presence and integrity of every unit's store
/// entry, and — for all or a sample of the units — a fresh computation in a scratch store compared
/// with the recorded result. The run's folder is only read.
/// </summary>
internal static class ManifestVerifier
{
    /// <summary>Validates everything first (bad manifest, missing files, bad scratch → UsageException, nothing written).</summary>
    public static VerifyReport Run(VerifySettings settings, IProgressSink progress, CancellationToken cancellation)
    {
        Manifest manifest = Manifest.Load(settings.ManifestPath);
        string folder = Path.GetDirectoryName(settings.ManifestPath)!;
        List<(string Field, OutputFile File)> outputs = [.. manifest.Outputs.Select((file, i) => ($"outputs[{i}].path", file))];
        foreach ((string field, OutputFile file) in outputs) Locate(folder, field, file.Path);
        ScratchFolder.Check(settings.Scratch);

        var rows = new List<VerifyRow>();
        foreach ((string field, OutputFile file) in outputs)
        {
            string actual = ContentHash.Sha256HexOfFile(Locate(folder, field, file.Path));
            rows.Add(new VerifyRow($"file {file.Path}", Short(file.Sha256), Short(actual), actual == file.Sha256 ? VerifyRow.Match : "MISMATCH",
                actual == file.Sha256 ? "" : "SHA-256 differs from the manifest"));
        }
        rows.AddRange(PublishedReportCheck.Rows(folder, rows.All(r => r.Passed), settings.SourceDateEpoch));

        var store = new ResultStore(Path.Combine(folder, "store"));
        var sampled = new HashSet<string>(UnitSample.Choose(manifest.UnitKeys, settings.Sample, settings.Seed), StringComparer.Ordinal);
        var toRun = new List<(string Key, StoreEntry Entry, IUnit Unit)>();
        var unitRows = new SortedDictionary<string, VerifyRow>(StringComparer.Ordinal);
        int intact = 0;
        foreach (string key in manifest.UnitKeys)
        {
            StoreLookup lookup = store.TryLoad(key);
            if (lookup.IsCorrupt) unitRows[key] = new VerifyRow($"unit {Short(key)}", "valid entry", "corrupt", "CORRUPT", lookup.CorruptReason);
            else if (!lookup.IsFound) unitRows[key] = new VerifyRow($"unit {Short(key)}", "entry", "missing", "MISSING", $"no store entry {Path.GetRelativePath(folder, store.PathFor(key))}");
            else if (!sampled.Contains(key)) intact++;
            else
            {
                try
                {
                    toRun.Add((key, lookup.Entry, UnitCodec.FromJson(lookup.Entry.Unit)));
                }
                catch (FormatException e)
                {
                    unitRows[key] = new VerifyRow($"unit {Short(key)}", Short(HashOf(lookup.Entry.Result)), "not run", "UNREADABLE", e.Message);
                }
            }
        }

        int keysChanged = 0;
        if (toRun.Count > 0)
        {
            using var scratch = ScratchFolder.Open(settings.Scratch);
            var items = toRun.Select(r => UnitJson.WorkItemOf(r.Unit, UnitJson.KeyOf(r.Unit))).ToList();
            BatchOutcome outcome;
            try
            {
                outcome = UnitScheduler.RunBatch(items, new ResultStore(Path.Combine(scratch.Path, "store")), settings.Jobs, progress, cancellation);
            }
            finally
            {
                progress.Finish();
            }
            if (outcome.Interrupted) throw new OperationCanceledException(cancellation);
            for (int i = 0; i < toRun.Count; i++)
            {
                (string key, StoreEntry entry, IUnit unit) = toRun[i];
                if (items[i].Key != key) keysChanged++;
                var fresh = outcome.Results[items[i].Key];
                string? difference = ResultComparer.Difference(entry.Result, fresh, settings.Mode);
                string note = difference is null && !CanonicalJson.Equal(entry.Result, fresh) ? "within tolerance; bytes differ" : "";
                unitRows[key] = new VerifyRow($"unit {Short(key)} {unit.Label()}", Short(HashOf(entry.Result)), Short(HashOf(fresh)),
                    difference is null ? VerifyRow.Match : "MISMATCH", difference ?? note);
            }
        }
        rows.AddRange(unitRows.Values);
        return new VerifyReport(rows, toRun.Count, intact, keysChanged);
    }

    /// <summary>The listed file's full path; a path leaving the folder, or a missing file, is a bad manifest (exit 2).</summary>
    private static string Locate(string folder, string field, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Split('/').Any(p => p is "" or "." or ".."))
            throw new UsageException(field, $"'{relative}' is not a plain relative path inside the manifest's folder");
        string full = Path.Combine(folder, relative);
        return File.Exists(full) ? full : throw new UsageException(field, $"'{relative}' is listed in the manifest but missing from {folder}");
    }

    private static string HashOf(System.Text.Json.Nodes.JsonNode node) => ContentHash.Sha256Hex(CanonicalJson.ToUtf8Bytes(node));

    private static string Short(string hash) => hash[..12];
}

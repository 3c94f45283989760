using Repro.Theory.Experiments;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Repro.Harness.Store;

/// <summary>
/// Reads a manifest by hand rather than with the serializer, so every problem is reported with
/// the dotted path of the field (e.g. "outputs[3].sha256") instead of a generic JSON error.
/// </summary>
internal sealed class ManifestReader
{
    private readonly string path;

    private ManifestReader(string path) => this.path = path;

    public static Manifest Read(string path)
    {
        var reader = new ManifestReader(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw reader.Error("manifest", $"cannot read the file: {e.Message}", e);
        }

        JsonNode? root;
        try
        {
            root = CanonicalJson.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw reader.Error("manifest", $"not JSON: {e.Message}", e);
        }
        return reader.ReadManifest(root as JsonObject ?? throw reader.Error("manifest", "must be a JSON object"));
    }

    private Manifest ReadManifest(JsonObject root)
    {
        int version = Int(root, "formatVersion");
        if (version > Manifest.CurrentFormatVersion)
            throw Error("formatVersion", $"{version} is newer than this tool reads ({Manifest.CurrentFormatVersion}); use a newer repro");
        if (version < 1)
            throw Error("formatVersion", $"{version} is out of range (allowed: 1..{Manifest.CurrentFormatVersion})");

        JsonObject git = Object(root, "git");
        JsonObject environment = Object(root, "environment");
        return new Manifest(
            FormatVersion: version,
            ToolVersion: String(root, "toolVersion"),
            Git: new GitInfo(
                Commit: String(git, "commit", "git."),
                Tree: TreeState(git, "tree", "git."),
                DiffSha256: OptionalHash(git, "diffSha256", "git.")),
            Environment: new EnvironmentInfo(
                Runtime: String(environment, "runtime", "environment."),
                Os: String(environment, "os", "environment."),
                Architecture: String(environment, "architecture", "environment."),
                Cpu: String(environment, "cpu", "environment."),
                LogicalCores: Int(environment, "logicalCores", "environment.")),
            Profile: String(root, "profile"),
            UnitKeys: [.. Array(root, "unitKeys").Select((node, i) => Hash(node, $"unitKeys[{i}]"))],
            Outputs: [.. Array(root, "outputs").Select(ReadOutput)]);
    }

    private OutputFile ReadOutput(JsonNode? node, int index)
    {
        string prefix = $"outputs[{index}].";
        JsonObject obj = node as JsonObject ?? throw Error($"outputs[{index}]", "must be an object");
        return new OutputFile(String(obj, "path", prefix), Hash(Required(obj, "sha256", prefix), prefix + "sha256"));
    }

    private JsonNode Required(JsonObject obj, string name, string prefix = "")
        => obj.TryGetPropertyValue(name, out JsonNode? node)
            ? node ?? throw Error(prefix + name, "must not be null")
            : throw Error(prefix + name, "missing field");

    private string String(JsonObject obj, string name, string prefix = "") => StringValue(Required(obj, name, prefix), prefix + name);

    private string StringValue(JsonNode node, string field)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw Error(field, $"must be a string, found {node.GetValueKind()}");

    private int Int(JsonObject obj, string name, string prefix = "")
    {
        JsonNode node = Required(obj, name, prefix);
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int number)
            ? number
            : throw Error(prefix + name, $"must be an integer, found {node.ToJsonString()}");
    }

    private JsonObject Object(JsonObject obj, string name, string prefix = "")
        => Required(obj, name, prefix) as JsonObject ?? throw Error(prefix + name, "must be an object");

    private JsonArray Array(JsonObject obj, string name, string prefix = "")
        => Required(obj, name, prefix) as JsonArray ?? throw Error(prefix + name, "must be an array");

    private GitTreeState TreeState(JsonObject obj, string name, string prefix)
        => StringValue(Required(obj, name, prefix), prefix + name) switch
        {
            "clean" => GitTreeState.Clean,
            "dirty" => GitTreeState.Dirty,
            "unknown" => GitTreeState.Unknown,
            var other => throw Error(prefix + name, $"\"{other}\" is not one of clean, dirty, unknown"),
        };

    private string? OptionalHash(JsonObject obj, string name, string prefix)
    {
        if (!obj.TryGetPropertyValue(name, out JsonNode? node)) throw Error(prefix + name, "missing field");
        return node is null ? null : Hash(node, prefix + name);
    }

    private string Hash(JsonNode? node, string field)
    {
        string text = StringValue(node ?? throw Error(field, "must not be null"), field);
        return ContentHash.IsSha256Hex(text) ? text : throw Error(field, $"\"{text}\" is not 64 lowercase hex digits");
    }

    private ManifestFormatException Error(string field, string problem, Exception? inner = null) => new(path, field, problem, inner);
}

using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Repro.Harness.Tests.Shards;

/// <summary>The .NET tool packaging: the project packs as tool `repro`, and the local tool manifest names that package and version.</summary>
public class ToolPackagingTests
{
    [Fact]
    public void TheToolManifestMatchesThePackedProject()
    {
        string root = DeployFilesTests.Root;
        XElement project = XElement.Load(Path.Combine(root, "Harness", "Harness.csproj"));
        string Property(XElement p, string name) => p.Descendants(name).Single().Value;
        Assert.Equal("true", Property(project, "PackAsTool"));
        Assert.Equal("repro", Property(project, "ToolCommandName"));
        string version = Property(XElement.Load(Path.Combine(root, "Directory.Build.props")), "Version");

        JsonNode tools = JsonNode.Parse(File.ReadAllText(Path.Combine(root, ".config", "dotnet-tools.json")))!["tools"]!;
        JsonNode tool = tools[Property(project, "PackageId").ToLowerInvariant()]!;
        Assert.Equal(version, tool["version"]!.GetValue<string>());
        Assert.Equal(["repro"], tool["commands"]!.AsArray().Select(c => c!.GetValue<string>()));
    }
}

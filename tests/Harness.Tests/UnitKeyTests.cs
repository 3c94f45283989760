using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Repro.Harness.Store;
using Repro.Theory.Numerics;

namespace Repro.Harness.Tests;

public class UnitKeyTests
{
    private static readonly Guid Mvid = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static JsonObject BaseUnit() => new()
    {
        ["model"] = "v1",
        ["width"] = 64,
        ["alpha"] = 0.5,
        ["seed"] = 1,
        ["tags"] = new JsonArray("a", "b"),
        ["nested"] = new JsonObject { ["eta"] = 0.01 },
    };

    [Fact]
    public void IsSha256OfCanonicalUnitNewlineAndMvid()
    {
        var unit = new JsonObject { ["b"] = 2, ["a"] = 1 };
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("""{"a":1,"b":2}""" + "\n" + Mvid.ToString("D"))));

        Assert.Equal(expected, UnitKey.Compute(unit, Mvid));
        Assert.True(ContentHash.IsSha256Hex(expected));
    }

    [Fact]
    public void IsIndependentOfPropertyOrder()
    {
        JsonNode reordered = CanonicalJson.Parse("""{"nested":{"eta":0.01},"tags":["a","b"],"seed":1,"alpha":0.5,"width":64,"model":"v1"}""")!;
        Assert.Equal(UnitKey.Compute(BaseUnit(), Mvid), UnitKey.Compute(reordered, Mvid));
    }

    [Fact]
    public void ChangesWhenAnyFieldOrTheMvidChanges()
    {
        var mutations = new List<Action<JsonObject>>
        {
            u => u["model"] = "v2",
            u => u["width"] = 65,
            u => u["alpha"] = 0.5000000000000001,
            u => u["seed"] = 2,
            u => u["tags"] = new JsonArray("b", "a"),
            u => u["nested"]!["eta"] = 0.02,
            u => u.Remove("seed"),
            u => u["extra"] = null,
        };
        var keys = new HashSet<string> { UnitKey.Compute(BaseUnit(), Mvid), UnitKey.Compute(BaseUnit(), Guid.Empty) };
        foreach (var mutate in mutations)
        {
            JsonObject unit = BaseUnit();
            mutate(unit);
            Assert.True(keys.Add(UnitKey.Compute(unit, Mvid)), $"collision after mutating to {unit.ToJsonString()}");
        }
        Assert.Equal(mutations.Count + 2, keys.Count);
    }

    [Fact]
    public void TheoryMvidIsTheTheoryAssemblysModuleVersionId()
    {
        Assert.Equal(typeof(CounterRng).Assembly.ManifestModule.ModuleVersionId, UnitKey.TheoryMvid);
        Assert.NotEqual(Guid.Empty, UnitKey.TheoryMvid);
        Assert.Equal(UnitKey.Compute(BaseUnit(), UnitKey.TheoryMvid), UnitKey.Compute(BaseUnit()));
    }
}

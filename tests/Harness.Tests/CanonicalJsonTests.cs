using System.Text;
using System.Text.Json.Nodes;
using Repro.Harness.Store;

namespace Repro.Harness.Tests;

public class CanonicalJsonTests
{
    [Fact]
    public void KeysAreSortedAtEveryDepthWhateverTheInputOrder()
    {
        JsonNode parsed = CanonicalJson.Parse("""{ "b": 1, "a": { "d": [ { "z": 0, "y": 1 } ], "c": 3 } }""")!;
        var built = new JsonObject
        {
            ["a"] = new JsonObject { ["c"] = 3, ["d"] = new JsonArray(new JsonObject { ["y"] = 1, ["z"] = 0 }) },
            ["b"] = 1,
        };

        const string expected = """{"a":{"c":3,"d":[{"y":1,"z":0}]},"b":1}""";
        Assert.Equal(expected, CanonicalJson.Serialize(parsed));
        Assert.Equal(expected, CanonicalJson.Serialize(built));
        Assert.True(CanonicalJson.Equal(parsed, built));
    }

    [Fact]
    public void KeysSortOrdinallyNotByCulture()
    {
        var node = new JsonObject { ["é"] = 1, ["a"] = 2, ["_"] = 3, ["B"] = 4 };
        Assert.Equal("""{"B":4,"_":3,"a":2,"é":1}""", CanonicalJson.Serialize(node));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-300, "1E-300")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e21, "1E+21")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    [InlineData(Math.PI, "3.141592653589793")]
    [InlineData(2.0, "2")]
    public void DoublesAreShortestRoundTripTextAndReadBackBitIdentical(double value, string expected)
    {
        string text = CanonicalJson.Serialize(JsonValue.Create(value));
        Assert.Equal(expected, text);

        JsonNode? reread = CanonicalJson.Parse(text);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(CanonicalJson.ReadDouble(reread)));
        Assert.Equal(text, CanonicalJson.Serialize(reread));
    }

    [Fact]
    public void NegativeZeroKeepsItsSign()
    {
        Assert.Equal("-0", CanonicalJson.Serialize(JsonValue.Create(-0.0)));
        Assert.Equal("0", CanonicalJson.Serialize(JsonValue.Create(0.0)));

        double reread = CanonicalJson.ReadDouble(CanonicalJson.Parse("-0"));
        Assert.True(reread == 0 && double.IsNegative(reread));
        Assert.Equal("-0", CanonicalJson.Serialize(CanonicalJson.Parse("-0")));
    }

    [Fact]
    public void NonFiniteDoublesAreNamedStringsAndReadBack()
    {
        var node = new JsonObject { ["nan"] = double.NaN, ["pos"] = double.PositiveInfinity, ["neg"] = double.NegativeInfinity };
        string text = CanonicalJson.Serialize(node);
        Assert.Equal("""{"nan":"NaN","neg":"-Infinity","pos":"Infinity"}""", text);

        JsonNode reread = CanonicalJson.Parse(text)!;
        Assert.True(double.IsNaN(CanonicalJson.ReadDouble(reread["nan"])));
        Assert.Equal(double.PositiveInfinity, CanonicalJson.ReadDouble(reread["pos"]));
        Assert.Equal(double.NegativeInfinity, CanonicalJson.ReadDouble(reread["neg"]));
        Assert.Throws<FormatException>(() => CanonicalJson.ReadDouble(JsonValue.Create("nope")));
    }

    [Fact]
    public void RecordsGoThroughFixedOptionsIncludingNonFiniteValues()
    {
        var sample = new Sample(Width: 64, Scale: double.NaN, Tenth: 0.1, Mode: SampleMode.FullMatrix);
        JsonNode node = CanonicalJson.ToNode(sample);

        Assert.Equal("""{"mode":"fullMatrix","scale":"NaN","tenth":0.1,"width":64}""", CanonicalJson.Serialize(node));
        Sample back = CanonicalJson.FromNode<Sample>(CanonicalJson.Parse(CanonicalJson.Serialize(node)));
        Assert.Equal(64, back.Width);
        Assert.True(double.IsNaN(back.Scale));
        Assert.Equal(0.1, back.Tenth);
        Assert.Equal(SampleMode.FullMatrix, back.Mode);
    }

    [Fact]
    public void NumbersHaveOneSpellingWhateverTheirSource()
    {
        Assert.Equal("42", CanonicalJson.Serialize(JsonValue.Create(42L)));
        Assert.Equal("42", CanonicalJson.Serialize(JsonValue.Create(42)));
        Assert.Equal("42", CanonicalJson.Serialize(JsonValue.Create(42.0)));
        Assert.Equal("42", CanonicalJson.Serialize(CanonicalJson.Parse("42.0")));
        Assert.Equal("42", CanonicalJson.Serialize(CanonicalJson.Parse("4.2e1")));
        Assert.Equal("1.5", CanonicalJson.Serialize(JsonValue.Create(1.50m)));
        Assert.Equal("0.1", CanonicalJson.Serialize(JsonValue.Create(0.1f)));
        Assert.Equal("9223372036854775807", CanonicalJson.Serialize(JsonValue.Create(long.MaxValue)));
        Assert.Equal("18446744073709551615", CanonicalJson.Serialize(JsonValue.Create(ulong.MaxValue)));
        Assert.Equal("-7", CanonicalJson.Serialize(JsonValue.Create((short)-7)));
    }

    [Fact]
    public void NestedArraysCompactAndIndented()
    {
        JsonNode node = CanonicalJson.Parse("""{"m":[[1,2],[],[3,{"b":true,"a":null}]],"s":"x","e":{}}""")!;

        Assert.Equal("""{"e":{},"m":[[1,2],[],[3,{"a":null,"b":true}]],"s":"x"}""", CanonicalJson.Serialize(node));
        const string indented = """
            {
              "e": {},
              "m": [
                [1, 2],
                [],
                [
                  3,
                  {
                    "a": null,
                    "b": true
                  }
                ]
              ],
              "s": "x"
            }
            """;
        Assert.Equal(indented.ReplaceLineEndings("\n"), CanonicalJson.SerializeIndented(node));
        Assert.Equal(CanonicalJson.Serialize(node), CanonicalJson.Serialize(CanonicalJson.Parse(CanonicalJson.SerializeIndented(node))));
    }

    [Fact]
    public void StringsEscapeOnlyWhatJsonRequires()
    {
        string text = CanonicalJson.Serialize(JsonValue.Create("q\"b\\s/\n\t\u0001é😀<&>"));
        Assert.Equal("\"q\\\"b\\\\s/\\n\\t\\u0001é😀<&>\"", text);
        Assert.Equal("q\"b\\s/\n\t\u0001é😀<&>", CanonicalJson.Parse(text)!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(JsonValue.Create("bad \ud800 surrogate")));
    }

    [Fact]
    public void FileBytesAreStableUtf8WithoutBomAndEndWithNewline()
    {
        JsonNode node = new JsonObject { ["x"] = 0.1, ["é"] = new JsonArray(1, 2) };
        byte[] first = CanonicalJson.ToFileBytes(node);
        byte[] second = CanonicalJson.ToFileBytes(CanonicalJson.Parse(Encoding.UTF8.GetString(first)));

        Assert.Equal(first, second);
        Assert.Equal((byte)'{', first[0]);
        Assert.Equal((byte)'\n', first[^1]);
        Assert.Equal("{\"x\":0.1,\"é\":[1,2]}\n", Encoding.UTF8.GetString(CanonicalJson.ToFileBytes(node, indented: false)));
        Assert.Equal(Encoding.UTF8.GetBytes("{\"x\":0.1,\"é\":[1,2]}"), CanonicalJson.ToUtf8Bytes(node));
    }

    [Fact]
    public void ParseRejectsDuplicateKeys()
        => Assert.ThrowsAny<System.Text.Json.JsonException>(() => CanonicalJson.Parse("""{"a":1,"a":2}"""));

    internal enum SampleMode
    {
        Diagonal,
        FullMatrix,
    }

    internal sealed record Sample(int Width, double Scale, double Tenth, SampleMode Mode);
}

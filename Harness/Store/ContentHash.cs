using System.Security.Cryptography;
using System.Text;

namespace Repro.Harness.Store;

/// <summary>SHA-256 as lowercase hex: the one spelling of a hash used in keys, entries and the manifest.</summary>
public static class ContentHash
{
    /// <summary>Lowercase hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>Lowercase hex SHA-256 of a file's bytes, streamed.</summary>
    public static string Sha256HexOfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>True for exactly 64 lowercase hex digits — the shape of every hash and unit key here.</summary>
    public static bool IsSha256Hex(string? text)
        => text is { Length: 64 } && text.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;
}

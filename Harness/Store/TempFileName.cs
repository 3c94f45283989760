using System.Globalization;
using System.Security.Cryptography;

namespace Repro.Harness.Store;

/// <summary>
/// Names of the temp files behind atomic writes: <c>.&lt;name&gt;.&lt;host&gt;.&lt;pid&gt;.&lt;random&gt;.tmp</c>.
/// Host and pid say who owns a leftover, so a sweep can tell a crashed writer's debris from a
/// live writer's file even when several machines share one store directory.
/// </summary>
internal static class TempFileName
{
    private const int RandomHexLength = 16;

    /// <summary>This machine's name, reduced to [A-Za-z0-9-_] so it cannot contain the '.' separator.</summary>
    public static string Host { get; } = Sanitize(Environment.MachineName);

    /// <summary>A fresh, unique temp name next to <paramref name="fileName"/>. The randomness never reaches a result.</summary>
    public static string For(string fileName)
        => $".{fileName}.{Host}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{RandomNumberGenerator.GetHexString(RandomHexLength, lowercase: true)}.tmp";

    /// <summary>Recognises names made by <see cref="For"/>, parsing from the right because the file name may contain dots.</summary>
    public static bool TryParse(string name, out string host, out int pid)
    {
        host = "";
        pid = 0;
        if (!name.StartsWith('.') || !name.EndsWith(".tmp", StringComparison.Ordinal)) return false;
        string[] parts = name.Split('.');
        // "", <name parts…>, host, pid, random, "tmp"
        if (parts.Length < 6) return false;
        string random = parts[^2];
        if (random.Length != RandomHexLength || random.AsSpan().IndexOfAnyExcept("0123456789abcdef") >= 0) return false;
        if (!int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out pid)) return false;
        host = parts[^4];
        return host.Length > 0;
    }

    private static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray();
        return chars.Length == 0 ? "host" : new string(chars);
    }
}

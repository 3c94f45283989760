using System.Globalization;

namespace Repro.Harness.Shards;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> ("k/N" on the command line, 1 ≤ k ≤ N).</summary>
internal sealed record ShardSpec(int Index, int Count)
{
    public const int MaxCount = 10000;

    /// <summary>What --shard accepts, for error messages.</summary>
    public const string AllowedForm = $"k/N with integers 1 ≤ k ≤ N ≤ 10000, e.g. 2/3";

    /// <summary>Parses "k/N"; a UsageException naming --shard and the allowed form otherwise.</summary>
    public static ShardSpec Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && k >= 1 && k <= n && n <= MaxCount)
            return new ShardSpec(k, n);
        throw new UsageException("--shard", $"'{text}' is not a shard (allowed: {AllowedForm})");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}

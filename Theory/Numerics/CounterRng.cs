using System.Text;

namespace Repro.Theory.Numerics;

/// <summary>
/// Counter-based random generator: draw number k of a stream is a pure function of
/// (root seed, stream name, indices, k). Streams are independent by construction, so any
/// part of an experiment can draw its numbers without depending on what else ran before it.
/// </summary>
/// <remarks>
/// The key is derived by hashing the stream name (FNV-1a over UTF-8) and each index into the
/// seed through the SplitMix64 finaliser; draw k is that finaliser applied to key + k·γ
/// (γ the 64-bit golden ratio) — SplitMix64 with a per-stream key. It passes BigCrush for
/// single streams and needs no state but a counter, which makes it thread- and order-free.
/// </remarks>
public sealed class CounterRng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong key;
    private ulong counter;

    private CounterRng(ulong key) => this.key = key;

    /// <summary>The stream named <paramref name="stream"/> under <paramref name="rootSeed"/>, refined by indices.</summary>
    public static CounterRng For(ulong rootSeed, string stream, params ReadOnlySpan<long> indices)
        => new(DeriveKey(rootSeed, stream, indices));

    /// <summary>The stream's 64-bit key (exposed for known-answer tests and logging).</summary>
    public ulong Key => key;

    /// <summary>Number of draws taken so far.</summary>
    public ulong Position => counter;

    public static ulong DeriveKey(ulong rootSeed, string stream, ReadOnlySpan<long> indices)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ulong h = Mix(rootSeed ^ Fnv1a(stream));
        foreach (long index in indices)
            h = Mix(h + Golden + unchecked((ulong)index));
        return h;
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextBits() => Mix(key + unchecked(++counter * Golden));

    /// <summary>Uniform in [0, 1), a multiple of 2^-53.</summary>
    public double NextUniform() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [lo, hi).</summary>
    /// <remarks>lo + (hi − lo)·u can round up to hi (often, when hi − lo is small next to |lo|);
    /// such a draw becomes the largest double below hi, so the interval stays half-open.</remarks>
    public double NextUniform(double lo, double hi)
    {
        double x = lo + (hi - lo) * NextUniform();
        return x < hi ? x : Math.Max(lo, Math.BitDecrement(hi));
    }

    /// <summary>+1 or −1 with equal probability.</summary>
    public int NextSign() => (NextBits() >> 63) == 0 ? 1 : -1;

    /// <summary>Standard normal by Marsaglia's polar method (needs only log and sqrt, both deterministic here).</summary>
    public double NextNormal()
    {
        while (true)
        {
            double u = 2.0 * NextUniform() - 1.0;
            double v = 2.0 * NextUniform() - 1.0;
            double s = u * u + v * v;
            if (s >= 1.0 || s == 0.0) continue;
            return u * Math.Sqrt(-2.0 * DetMath.Log(s) / s);
        }
    }

    /// <summary>Fills <paramref name="target"/> with standard normal draws.</summary>
    public void FillNormal(Span<double> target)
    {
        for (int i = 0; i < target.Length; i++) target[i] = NextNormal();
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv1a(string text)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            h ^= b;
            h *= 0x100000001B3UL;
        }
        return h;
    }
}

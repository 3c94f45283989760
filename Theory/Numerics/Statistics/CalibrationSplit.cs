namespace Repro.Theory.Numerics.Statistics;

/// <summary>
/// A deterministic split of an ordered list of settings into a calibration slice (where unknown
/// constants are fitted) and a held-out slice (where the verdict is decided), so that no claim
/// can pass by tuning constants on the data it is judged on.
/// </summary>
/// <remarks>
/// Two rules, both functions of the count alone: <see cref="LowestFraction"/> calibrates on the
/// first ⌈f·N⌉ settings of a list ordered by the swept variable and holds out the rest — an
/// extrapolation test (fit at small n or T, judge at large), the default for growth claims;
/// <see cref="EveryKth"/> holds out every k-th setting — an interpolation test.
/// </remarks>
/// <param name="Count">N, the number of settings the split was made for.</param>
/// <param name="CalibrationIndices">Ascending indices of the calibration slice.</param>
/// <param name="HeldOutIndices">Ascending indices of the held-out slice.</param>
/// <param name="Description">The rule in words, for the report.</param>
public sealed record CalibrationSplit(int Count, IReadOnlyList<int> CalibrationIndices, IReadOnlyList<int> HeldOutIndices, string Description)
{
    /// <summary>
    /// Calibrate on the first max(minimumCalibration, ⌈fraction·N⌉) settings, hold out the rest
    /// (at least one). Requires N ≥ minimumCalibration + 1.
    /// </summary>
    public static CalibrationSplit LowestFraction(int count, double fraction, int minimumCalibration = 2)
    {
        if (!(fraction > 0 && fraction < 1))
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Must lie in (0, 1).");
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCalibration, 1);
        if (count < minimumCalibration + 1)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Need at least {minimumCalibration + 1} settings.");
        int calibration = (int)Math.Ceiling(fraction * count);
        calibration = Math.Clamp(calibration, minimumCalibration, count - 1);
        return new CalibrationSplit(
            count,
            Enumerable.Range(0, calibration).ToArray(),
            Enumerable.Range(calibration, count - calibration).ToArray(),
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"calibration = the lowest {calibration} of {count} settings, held out = the highest {count - calibration}"));
    }

    /// <summary>Hold out every k-th setting starting at <paramref name="offset"/>; calibrate on the rest.</summary>
    public static CalibrationSplit EveryKth(int count, int k, int offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        if (offset < 0 || offset >= k) throw new ArgumentOutOfRangeException(nameof(offset), offset, "Must lie in [0, k).");
        var held = new List<int>();
        var calibration = new List<int>();
        for (int i = 0; i < count; i++) (i % k == offset ? held : calibration).Add(i);
        if (held.Count == 0 || calibration.Count == 0)
            throw new ArgumentOutOfRangeException(nameof(count), count, "Both slices must be non-empty.");
        return new CalibrationSplit(
            count,
            calibration.ToArray(),
            held.ToArray(),
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"held out = every {k}-th of {count} settings from index {offset} ({held.Count}), calibration = the other {calibration.Count}"));
    }

    /// <summary>The calibration slice of <paramref name="items"/> (which must have <see cref="Count"/> entries).</summary>
    public T[] Calibration<T>(IReadOnlyList<T> items) => Take(items, CalibrationIndices);

    /// <summary>The held-out slice of <paramref name="items"/> (which must have <see cref="Count"/> entries).</summary>
    public T[] HeldOut<T>(IReadOnlyList<T> items) => Take(items, HeldOutIndices);

    private T[] Take<T>(IReadOnlyList<T> items, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count != Count)
            throw new ArgumentException($"The split was made for {Count} settings, got {items.Count}.", nameof(items));
        var result = new T[indices.Count];
        for (int i = 0; i < result.Length; i++) result[i] = items[indices[i]];
        return result;
    }
}

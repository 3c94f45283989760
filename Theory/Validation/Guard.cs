using System.Runtime.CompilerServices;

namespace Repro.Theory.Validation;

/// <summary>
/// Argument checks that name the parameter and the allowed range, so a bad configuration fails
/// at construction with a message a user can act on (and NaN never slips through a comparison).
/// </summary>
public static class Guard
{
    public static int AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string name = "")
        => value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be an integer ≥ {minimum}, got {value}.");

    public static int EvenAtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string name = "")
        => value >= minimum && value % 2 == 0 ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be an even integer ≥ {minimum}, got {value}.");

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string name = "")
        => value > 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0, got {Show(value)}.");

    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string name = "")
        => value >= 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0, got {Show(value)}.");

    /// <summary>A radius: ≥ 0, where +∞ means "no constraint".</summary>
    public static double NonNegativeOrInfinity(double value, [CallerArgumentExpression(nameof(value))] string name = "")
        => value >= 0 && !double.IsNaN(value) ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be ≥ 0 or +∞, got {Show(value)}.");

    public static double InOpenUnitInterval(double value, [CallerArgumentExpression(nameof(value))] string name = "")
        => value > 0 && value < 1 ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in (0, 1), got {Show(value)}.");

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string name = "") where T : class
        => value ?? throw new ArgumentNullException(name, $"{name} must not be null.");

    public static void Length<T>(ReadOnlySpan<T> span, int expected, [CallerArgumentExpression(nameof(span))] string name = "")
    {
        if (span.Length != expected)
            throw new ArgumentException($"{name} must have length {expected}, got {span.Length}.", name);
    }

    public static void AllFinite(ReadOnlySpan<double> values, [CallerArgumentExpression(nameof(values))] string name = "")
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{name}[{i}] must be finite, got {Show(values[i])}.", name);
    }

    private static string Show(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

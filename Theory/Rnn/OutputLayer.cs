namespace Repro.Theory.Rnn;

/// <summary>F = (1/√m) Σ_i c_i h_i, evaluated pairwise.</summary>
internal static class OutputLayer
{
    /// <summary>
    /// Sums c_i·(h_i − h_{i+m/2}) over the first half: with c_{i+m/2} = −c_i this is the same
    /// function, but at symmetric initialization every difference is exactly 0.0, so F(X; Θ(0)) = 0
    /// holds bit-exactly rather than up to the rounding of a long alternating sum.
    /// </summary>
    public static double Evaluate(ReadOnlySpan<double> hidden, ReadOnlySpan<double> signs, double inverseSqrtWidth)
    {
        int half = hidden.Length / 2;
        double sum = 0;
        for (int i = 0; i < half; i++) sum += signs[i] * (hidden[i] - hidden[i + half]);
        return sum * inverseSqrtWidth;
    }
}

namespace Repro.Theory.Targets;

/// <summary>
/// The transported comparator's random-feature error |F_lin(X_j; Θ̄) − y_j| of one initialization, at every width of a
/// nested grid and every prefix n of a nested dataset: the worst over the first n samples and the root mean square.
/// </summary>
/// <param name="Widths">The widths m, increasing (the initialization of width m is the first m/2 twin pairs of the widest).</param>
/// <param name="SampleCounts">The prefixes n, increasing.</param>
/// <param name="MaxError">max_{j &lt; n} |F_lin(X_j; Θ̄) − y_j|, [width][sample count].</param>
/// <param name="RootMeanSquareError">(1/n Σ_{j &lt; n} (F_lin(X_j; Θ̄) − y_j)²)^½, [width][sample count].</param>
public sealed record RandomFeatureTable(int[] Widths, int[] SampleCounts, double[][] MaxError, double[][] RootMeanSquareError);

namespace Repro.Theory.Bounds;

/// <summary>
/// One constant or exponent as data — name, symbol, value, provenance and reason — so the report
/// can print the table of every number the verdicts depend on.
/// </summary>
/// <param name="Name">The C# member name.</param>
/// <param name="Symbol">The paper's symbol or a short formula.</param>
/// <param name="Value">The value; NaN for <see cref="ConstantStatus.Fitted"/> constants, which have none a priori.</param>
/// <param name="Status">Paper, standard reading, fitted or project choice.</param>
/// <param name="Reason">Why this value.</param>
public sealed record NamedConstant(string Name, string Symbol, double Value, ConstantStatus Status, string Reason);

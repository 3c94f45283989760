using Repro.Theory.Rnn;

namespace Repro.Theory.Experiments.Units;

/// <summary>The models' names on the command line and in results: "v1" (full matrix) and "v2" (diagonal), after the paper's versions.</summary>
public static class ModelNames
{
    public const string FullMatrix = "v1";
    public const string Diagonal = "v2";

    public static readonly IReadOnlyList<string> All = [FullMatrix, Diagonal];

    public static ModelKind Parse(string name) => name switch
    {
        FullMatrix => ModelKind.FullMatrix,
        Diagonal => ModelKind.Diagonal,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "model must be v1 or v2."),
    };

    public static string Describe(string name) => name == FullMatrix ? "v1 (full matrix)" : "v2 (diagonal)";
}

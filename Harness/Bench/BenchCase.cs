using Repro.Theory.Rnn;

namespace Repro.Harness.Bench;

/// <summary>One shape to time, with the flop count of one forward + BPTT + update step.</summary>
internal sealed record BenchCase(string Name, ModelKind Kind, int SampleCount, int SequenceLength, int InputDimension, int Width)
{
    /// <summary>The two reference shapes.</summary>
    public static readonly IReadOnlyList<BenchCase> Standard =
    [
        new("diagonal (v2)", ModelKind.Diagonal, SampleCount: 1024, SequenceLength: 64, InputDimension: 8, Width: 512),
        new("full matrix (v1)", ModelKind.FullMatrix, SampleCount: 256, SequenceLength: 32, InputDimension: 8, Width: 256),
    ];

    /// <summary>A typical unit of the plan (thousands of these): its steps are microseconds, so fixed per-step costs show.</summary>
    public static readonly BenchCase SmallUnit =
        new("small unit (v2)", ModelKind.Diagonal, SampleCount: 32, SequenceLength: 8, InputDimension: 4, Width: 16);

    /// <summary>
    /// Per (sample, step, neuron): diagonal forward 2d+1 (pre-activation) + 4 (σ, σ') + 1.5 (output pair),
    /// backward 3 (δ) + 2 (∂w) + 2d (∂u) + 1 (error) — tanh itself counted as zero.
    /// Full matrix: forward 2m + 2d + 5.5, backward 3 + 2m (∂W) + 2m (Wᵀδ) + 2d.
    /// </summary>
    public string FlopFormula => Kind == ModelKind.Diagonal ? "n·T·m·(4d + 12.5)" : "n·T·m·(6m + 4d + 8.5)";

    public double FlopsPerStep
    {
        get
        {
            double perNeuron = Kind == ModelKind.Diagonal ? 4.0 * InputDimension + 12.5 : 6.0 * Width + 4.0 * InputDimension + 8.5;
            return (double)SampleCount * SequenceLength * Width * perNeuron;
        }
    }

    public string Shape => $"n={SampleCount}, T={SequenceLength}, d={InputDimension}, m={Width}";
}

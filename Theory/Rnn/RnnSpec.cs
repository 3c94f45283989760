using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>The architecture of one network: model, width m, input dimension d, σ and α.</summary>
public sealed record RnnSpec
{
    public RnnSpec(ModelKind kind, int width, int inputDimension, Activation activation, double recurrentScale)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind must be Diagonal or FullMatrix.");
        Width = Guard.EvenAtLeast(width, 2);
        InputDimension = Guard.AtLeast(inputDimension, 1);
        Activation = Guard.NotNull(activation);
        RecurrentScale = Guard.NonNegative(recurrentScale);
    }

    public ModelKind Kind { get; }

    /// <summary>m, the number of hidden neurons (even: symmetric initialization pairs them).</summary>
    public int Width { get; }

    /// <summary>d, the dimension of each input x_t.</summary>
    public int InputDimension { get; }

    public Activation Activation { get; }

    /// <summary>α: w_i(0) ~ U[−α, α] (diagonal), W(0) entries ~ N(0, α²/m) (full matrix).</summary>
    public double RecurrentScale { get; }

    /// <summary>Length of the recurrent parameter array: m (diagonal) or m² (full matrix).</summary>
    public int RecurrentLength => Kind == ModelKind.Diagonal ? Width : Width * Width;

    /// <summary>Length of the input-weight array U (m×d, row-major).</summary>
    public int InputLength => Width * InputDimension;

    /// <summary>Trainable parameters of one neuron (diagonal: 1 + d) or one row (full: m + d).</summary>
    public int ParametersPerNeuron => (Kind == ModelKind.Diagonal ? 1 : Width) + InputDimension;
}

using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// The parameters of one network: trainable recurrent weights (w ∈ R^m, or W ∈ R^{m×m} row-major)
/// and input weights U ∈ R^{m×d} (row-major), plus the fixed output signs c ∈ {±1}^m.
/// The same type holds a gradient (whose signs are those of the network it belongs to).
/// </summary>
public sealed class RnnParameters
{
    public RnnParameters(RnnSpec spec, double[] recurrent, double[] input, double[] outputSigns)
    {
        Spec = Guard.NotNull(spec);
        Guard.Length<double>(Guard.NotNull(recurrent), spec.RecurrentLength);
        Guard.Length<double>(Guard.NotNull(input), spec.InputLength);
        Guard.Length<double>(Guard.NotNull(outputSigns), spec.Width);
        RequirePairedSigns(outputSigns);
        Recurrent = recurrent;
        Input = input;
        OutputSigns = outputSigns;
    }

    public RnnSpec Spec { get; }

    /// <summary>w (diagonal, length m) or W (full matrix, m×m row-major).</summary>
    public double[] Recurrent { get; }

    /// <summary>U, m×d row-major: row i is u_i.</summary>
    public double[] Input { get; }

    /// <summary>c_i ∈ {±1}, fixed during training; c_{i+m/2} = −c_i (checked at construction; never modify the array).</summary>
    public double[] OutputSigns { get; }

    /// <summary>A zero-filled parameter set of the same shape (e.g. for a gradient).</summary>
    public RnnParameters ZerosLike() => new(Spec, new double[Recurrent.Length], new double[Input.Length], OutputSigns);

    public RnnParameters Clone() => new(Spec, (double[])Recurrent.Clone(), (double[])Input.Clone(), OutputSigns);

    public void CopyFrom(RnnParameters source)
    {
        source.Recurrent.CopyTo(Recurrent, 0);
        source.Input.CopyTo(Input, 0);
    }

    /// <summary>The recurrent part of neuron i's parameters: w_i (1 value) or row i of W (m values).</summary>
    public Span<double> RecurrentOf(int neuron)
        => Spec.Kind == ModelKind.Diagonal ? Recurrent.AsSpan(neuron, 1) : Recurrent.AsSpan(neuron * Spec.Width, Spec.Width);

    /// <summary>u_i, row i of U.</summary>
    public Span<double> InputOf(int neuron) => Input.AsSpan(neuron * Spec.InputDimension, Spec.InputDimension);

    /// <summary>
    /// c_i ∈ {±1} and c_{i+m/2} = −c_i. The output layer evaluates F pairwise as Σ_{i&lt;m/2} c_i(h_i − h_{i+m/2}),
    /// which is (1/√m)Σ c_i h_i only under these signs; with any others the forward pass would compute a
    /// different function from the one the backward pass differentiates.
    /// </summary>
    private static void RequirePairedSigns(double[] signs)
    {
        int half = signs.Length / 2;
        for (int i = 0; i < half; i++)
        {
            double c = signs[i];
            if (c is not (1.0 or -1.0) || signs[i + half] != -c)
                throw new ArgumentException(
                    $"outputSigns must be ±1 with c[i + m/2] = −c[i] (the paired output layer relies on it); found c[{i}] = {c}, c[{i + half}] = {signs[i + half]}.",
                    "outputSigns");
        }
    }

    /// <summary>Whether every trainable value is finite.</summary>
    public bool IsFinite()
    {
        foreach (double v in Recurrent) if (!double.IsFinite(v)) return false;
        foreach (double v in Input) if (!double.IsFinite(v)) return false;
        return true;
    }
}

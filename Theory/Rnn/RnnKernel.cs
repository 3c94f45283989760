using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>
/// The loss-and-gradient loop shared by both models: forward a sequence, form the output errors
/// the loss asks for, and hand them to the model's backward pass.
/// </summary>
internal abstract class RnnKernel
{
    public static RnnKernel For(ModelKind kind) => kind switch
    {
        ModelKind.Diagonal => DiagonalKernel.Instance,
        ModelKind.FullMatrix => FullMatrixKernel.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown model kind"),
    };

    public double Accumulate(RnnParameters theta, Dataset data, int start, int end, LossKind loss,
        double errorScale, RnnParameters? gradient, KernelScratch scratch)
    {
        int steps = data.SequenceLength;
        Span<double> outputError = scratch.OutputError;
        double squares = 0;
        for (int j = start; j < end; j++)
        {
            ReadOnlySpan<double> sequence = data.Sequence(j);
            Forward(theta, sequence, steps, scratch);
            ReadOnlySpan<double> targets = data.TargetsOf(j);
            outputError.Clear();
            if (loss == LossKind.FinalOutput)
            {
                double r = scratch.Outputs[steps - 1] - targets[steps - 1];
                squares += r * r;
                outputError[steps - 1] = errorScale * r;
            }
            else
            {
                for (int t = 0; t < steps; t++)
                {
                    double r = scratch.Outputs[t] - targets[t];
                    squares += r * r;
                    outputError[t] = errorScale * r;
                }
            }
            if (gradient is not null) Backward(theta, sequence, steps, scratch, gradient);
        }
        return squares;
    }

    public abstract void Forward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength, KernelScratch scratch);

    /// <summary>
    /// BPTT from scratch.OutputError (∂R̂/∂F_t per step) and the states of the last Forward:
    /// adds ∂R̂/∂θ for this sequence to <paramref name="gradient"/>.
    /// </summary>
    protected abstract void Backward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength,
        KernelScratch scratch, RnnParameters gradient);
}

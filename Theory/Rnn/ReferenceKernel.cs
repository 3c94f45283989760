using Repro.Theory.Targets;

namespace Repro.Theory.Rnn;

/// <summary>The scalar reference kernels' loop: one sample at a time, forward then BPTT.</summary>
internal abstract class ReferenceKernel : RnnKernel
{
    public override double Accumulate(RnnParameters theta, Dataset data, int start, int end, LossKind loss,
        double errorScale, RnnParameters? gradient, KernelScratch scratch)
    {
        int steps = data.SequenceLength;
        double squares = 0;
        for (int j = start; j < end; j++)
        {
            ReadOnlySpan<double> sequence = data.Sequence(j);
            Forward(theta, sequence, steps, scratch);
            squares += OutputErrors(scratch.Outputs, data.TargetsOf(j), loss, errorScale, scratch.OutputError);
            if (gradient is not null) Backward(theta, sequence, steps, scratch, gradient);
        }
        return squares;
    }

    /// <summary>
    /// BPTT from scratch.OutputError (∂R̂/∂F_t per step) and the states of the last Forward:
    /// adds ∂R̂/∂θ for this sequence to <paramref name="gradient"/>.
    /// </summary>
    protected abstract void Backward(RnnParameters theta, ReadOnlySpan<double> sequence, int sequenceLength,
        KernelScratch scratch, RnnParameters gradient);
}

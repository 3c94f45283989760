using System.Runtime.CompilerServices;
using Repro.Theory.Targets;
using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>
/// The state of one projected-gradient-descent run: Θ(s), the gradient buffer, the engine and Π_ρ.
/// <see cref="Trainer"/> drives it; benchmarks time its <see cref="Step"/>.
/// </summary>
public sealed class ProjectedGradientDescent
{
    private readonly RnnParameters gradient;

    public ProjectedGradientDescent(RnnParameters initial, Dataset data, TrainingConfig config)
    {
        Guard.NotNull(initial);
        Config = Guard.NotNull(config);
        Engine = new GradientEngine(initial.Spec, data, config.Loss, config.Parallelism);
        Projection = new MaxNormProjection(initial, config.Radius);
        Current = initial.Clone();
        gradient = initial.ZerosLike();
    }

    public TrainingConfig Config { get; }

    public GradientEngine Engine { get; }

    public MaxNormProjection Projection { get; }

    /// <summary>Θ(s).</summary>
    public RnnParameters Current { get; }

    /// <summary>R̂(Θ(s)), leaving ∇R̂(Θ(s)) ready for <see cref="Descend"/>.</summary>
    public double LossAndGradient() => Engine.Evaluate(Current, gradient);

    /// <summary>Θ(s+1) = Π_ρ[Θ(s) − η∇R̂(Θ(s))], using the gradient of the last <see cref="LossAndGradient"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Descend()
    {
        double eta = Config.StepSize;
        for (int i = 0; i < Current.Recurrent.Length; i++) Current.Recurrent[i] -= eta * gradient.Recurrent[i];
        for (int i = 0; i < Current.Input.Length; i++) Current.Input[i] -= eta * gradient.Input[i];
        Projection.Apply(Current);
    }

    /// <summary>One full step: loss and gradient, then the projected update. Returns R̂(Θ(s)).</summary>
    public double Step()
    {
        double loss = LossAndGradient();
        Descend();
        return loss;
    }
}

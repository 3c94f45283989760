using Repro.Theory.Validation;

namespace Repro.Theory.Rnn;

/// <summary>How projected gradient descent is run.</summary>
public sealed record TrainingConfig
{
    public TrainingConfig(double stepSize, double radius, int maxSteps, double targetLoss,
        LossKind loss = LossKind.FinalOutput, int parallelism = 1, StopRule stopRule = StopRule.LastIterate)
    {
        StepSize = Guard.Positive(stepSize);
        Radius = Guard.NonNegativeOrInfinity(radius);
        MaxSteps = Guard.AtLeast(maxSteps, 0);
        TargetLoss = Guard.Positive(targetLoss);
        Loss = Enum.IsDefined(loss) ? loss : throw new ArgumentOutOfRangeException(nameof(loss), loss, "loss must be FinalOutput or PerStep.");
        Parallelism = Guard.AtLeast(parallelism, 1);
        StopRule = Enum.IsDefined(stopRule) ? stopRule : throw new ArgumentOutOfRangeException(nameof(stopRule), stopRule, "stopRule must be LastIterate or AveragedIterate.");
    }

    /// <summary>η.</summary>
    public double StepSize { get; }

    /// <summary>ρ (+∞: no projection).</summary>
    public double Radius { get; }

    /// <summary>τ_max: the most gradient steps taken.</summary>
    public int MaxSteps { get; }

    /// <summary>ε: training stops once R̂ ≤ ε (same units as R̂).</summary>
    public double TargetLoss { get; }

    public LossKind Loss { get; }

    /// <summary>Threads for the gradient (results do not depend on it).</summary>
    public int Parallelism { get; }

    /// <summary>Whether the last or the averaged iterate must reach ε.</summary>
    public StopRule StopRule { get; }
}

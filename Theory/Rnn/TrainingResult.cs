namespace Repro.Theory.Rnn;

/// <summary>What one run of projected gradient descent did.</summary>
/// <param name="Steps">Gradient steps taken.</param>
/// <param name="ReachedTarget">Whether the loss named by the stop rule reached ε (at step <paramref name="Steps"/>).</param>
/// <param name="LossTrajectory">R̂(Θ(s)) for s = 0 … Steps (shorter by one when it diverged).</param>
/// <param name="AveragedIterateLoss">R̂ at the average of Θ(0) … Θ(Steps − 1) (Θ(0) when Steps = 0).</param>
/// <param name="MaxScaledDeviation">max over steps and neurons of √m‖θ_i(s) − θ_i(0)‖.</param>
/// <param name="DivergedAtStep">The step whose loss or parameters were not finite, or null.</param>
/// <param name="FinalParameters">Θ after the last step.</param>
/// <param name="AveragedParameters">The averaged iterate (1/Steps) Σ_{s&lt;Steps} Θ(s) (Θ(0) when Steps = 0): finite even after a divergence, whose
/// non-finite iterate it does not include.</param>
public sealed record TrainingResult(
    int Steps,
    bool ReachedTarget,
    double[] LossTrajectory,
    double AveragedIterateLoss,
    double MaxScaledDeviation,
    int? DivergedAtStep,
    RnnParameters FinalParameters,
    RnnParameters AveragedParameters)
{
    public bool Diverged => DivergedAtStep is not null;

    public double InitialLoss => LossTrajectory.Length > 0 ? LossTrajectory[0] : double.NaN;

    public double FinalLoss => LossTrajectory.Length > 0 ? LossTrajectory[^1] : double.NaN;
}

namespace Repro.Theory.Claims.Rules;

/// <summary>
/// How the runs at one setting came out: definite successes, censored runs (neither: a success might still come within
/// a larger budget the measurement cannot give) and, the rest, definite failures.
/// </summary>
/// <param name="X">The swept variable (e.g. n).</param>
/// <param name="Successes">k, runs that met the target.</param>
/// <param name="Trials">N, runs made (draws × seeds).</param>
/// <param name="Censored">Runs that are neither a success nor a definite failure.</param>
public sealed record SuccessCount(double X, int Successes, int Trials, int Censored = 0)
{
    /// <summary>N − k − censored.</summary>
    public int Failures => Trials - Successes - Censored;
}

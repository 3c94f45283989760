namespace Repro.Theory.Claims.Rules;

/// <summary>How many runs met their target at one setting.</summary>
/// <param name="X">The swept variable (e.g. n).</param>
/// <param name="Successes">k, runs that met the target.</param>
/// <param name="Trials">N, runs made (draws × seeds).</param>
public sealed record SuccessCount(double X, int Successes, int Trials);

namespace Repro.Theory.Claims.Analysis;

/// <summary>A training run whose loss or parameters became non-finite.</summary>
/// <param name="UnitKey">The store key of the unit.</param>
/// <param name="Step">The first step whose loss or parameters were NaN or ±∞.</param>
public sealed record DivergedRun(string UnitKey, int Step);

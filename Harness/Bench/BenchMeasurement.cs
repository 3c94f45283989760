namespace Repro.Harness.Bench;

/// <summary>The median time of one step of <paramref name="Case"/> on <paramref name="Threads"/> threads.</summary>
internal sealed record BenchMeasurement(BenchCase Case, int Threads, int Steps, double SecondsPerStep, double GigaflopsPerSecond);

namespace Repro.Harness.Store;

/// <summary>
/// The machine a run was made on. Recorded, not hashed into keys: results are meant to be
/// machine-independent, and this is what to look at when a verify on another machine disagrees.
/// </summary>
/// <param name="Runtime">.NET runtime, e.g. ".NET 10.0.0".</param>
/// <param name="Os">Operating system description.</param>
/// <param name="Architecture">Process architecture, e.g. "x64".</param>
/// <param name="Cpu">CPU model from /proc/cpuinfo, or "unknown".</param>
/// <param name="LogicalCores">Logical processors available to the process.</param>
public sealed record EnvironmentInfo(string Runtime, string Os, string Architecture, string Cpu, int LogicalCores);

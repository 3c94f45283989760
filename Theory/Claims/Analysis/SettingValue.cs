namespace Repro.Theory.Claims.Analysis;

/// <summary>A fixed experimental setting, e.g. ("T", "8").</summary>
public sealed record SettingValue(string Name, string Value);

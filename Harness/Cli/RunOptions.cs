using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using System.CommandLine;
using System.Globalization;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;
using Repro.Harness.Shards;

namespace Repro.Harness.Cli;

/// <summary>
/// The options shared by `run` and `reproduce`, and their validation into <see cref="RunSettings"/>.
/// Values are taken as text and checked here, so every bad value gets one line naming the option and
/// what is allowed, and nothing is written before all of them are valid.
/// </summary>
internal sealed class RunOptions
{
    public const int MaxJobs = 256, MaxSeeds = 1000;

    public Option<string?> Claims { get; } = new("--claims") { Description = "Comma-separated claim IDs (default: all), e.g. C1,C3." };
    public Option<string?> Models { get; } = new("--models") { Description = "Comma-separated models: v1 (full matrix), v2 (diagonal). Default: both." };
    public Option<string> Profile { get; } = new("--profile") { Description = "smoke (≤ 1 min), review (≤ 15 min, default) or full (paper scale, hours).", DefaultValueFactory = _ => "review" };
    public Option<string?> Jobs { get; } = new("--jobs") { Description = $"Units run in parallel (1..{MaxJobs}; default: the number of cores)." };
    public Option<string> Out { get; } = new("--out") { Description = "Artifacts folder (default: artifacts).", DefaultValueFactory = _ => "artifacts" };
    public Option<string?> Seeds { get; } = new("--seeds") { Description = $"Seeds per statistical setting (1..{MaxSeeds}; default: the profile's)." };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Print stack traces of internal errors." };
    public Option<string?> Shard { get; } = new("--shard") { Description = $"Run only shard k of N ({ShardSpec.AllowedForm}): fills the store, no results; combine with `repro merge`." };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Claims, Models, Profile, Jobs, Out, Seeds, Verbose, Shard }) command.Options.Add(option);
    }

    public RunSettings Read(ParseResult parse)
    {
        IReadOnlyList<ClaimTest> claims = ParseClaims(parse.GetValue(Claims));
        IReadOnlyList<string> models = ParseModels(parse.GetValue(Models));
        string profileText = parse.GetValue(Profile) ?? "review";
        if (!ProfileNames.TryParse(profileText, out Profile profile))
            throw new UsageException("--profile", $"'{profileText}' is not a profile (allowed: {string.Join(", ", ProfileNames.All)})");
        int jobs = ParseInt("--jobs", parse.GetValue(Jobs), 1, MaxJobs) ?? Environment.ProcessorCount;
        int? seeds = ParseInt("--seeds", parse.GetValue(Seeds), 1, MaxSeeds);
        ShardSpec? shard = parse.GetValue(Shard) is string shardText ? ShardSpec.Parse(shardText) : null;
        string output = OutputFolder.Check(parse.GetValue(Out) ?? "artifacts");
        return new RunSettings(claims, new ExperimentScope(profile, models, seeds), jobs, output, parse.GetValue(Verbose), shard);
    }

    private static IReadOnlyList<ClaimTest> ParseClaims(string? text)
    {
        if (text is null) return ClaimRegistry.All;
        var chosen = new List<ClaimTest>();
        foreach (string id in Split("--claims", text))
        {
            ClaimTest? claim = ClaimRegistry.All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException("--claims", $"'{id}' is not a claim (allowed: {string.Join(", ", ClaimRegistry.All.Select(c => c.Id))})");
            if (!chosen.Contains(claim)) chosen.Add(claim);
        }
        return chosen.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<string> ParseModels(string? text)
    {
        if (text is null) return ModelNames.All;
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string name in Split("--models", text))
        {
            string lower = name.ToLowerInvariant();
            if (!ModelNames.All.Contains(lower))
                throw new UsageException("--models", $"'{name}' is not a model (allowed: {string.Join(", ", ModelNames.All)})");
            chosen.Add(lower);
        }
        return [.. chosen];
    }

    private static IEnumerable<string> Split(string field, string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0)) throw new UsageException(field, $"'{text}' has an empty item (give a comma-separated list)");
        return parts;
    }

    internal static int? ParseInt(string field, string? text, int minimum, int maximum)
    {
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < minimum || value > maximum)
            throw UsageException.OutOfRange(field, $"'{text}'", $"an integer {minimum}..{maximum}");
        return value;
    }
}

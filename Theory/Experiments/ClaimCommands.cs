using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>The command line that reproduces one claim alone, as printed in the report.</summary>
public static class ClaimCommands
{
    public static string Reproduce(string claimId, ExperimentScope scope)
    {
        string models = scope.Models.Count == ModelNames.All.Count ? "" : $" --models {string.Join(',', scope.Models)}";
        string seeds = scope.Seeds is int k ? $" --seeds {k}" : "";
        return $"repro reproduce --claims {claimId} --profile {ProfileNames.Name(scope.Profile)}{models}{seeds}";
    }
}

using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Experiments;

/// <summary>What a run covers: the profile, the models, and how many seeds statistical claims use.</summary>
/// <param name="Seeds">Seeds per statistical setting; null takes the profile's default.</param>
public sealed record ExperimentScope(Profile Profile, IReadOnlyList<string> Models, int? Seeds = null)
{
    public static ExperimentScope For(Profile profile) => new(profile, ModelNames.All);

    /// <summary>Seeds 0 … k−1, k = the override or the given default for this profile.</summary>
    public IReadOnlyList<int> SeedList(int smoke, int review, int full)
        => Enumerable.Range(0, Seeds ?? Profile switch { Profile.Smoke => smoke, Profile.Review => review, _ => full }).ToList();

    /// <summary>Picks the value for this profile.</summary>
    public T Pick<T>(T smoke, T review, T full) => Profile switch { Profile.Smoke => smoke, Profile.Review => review, _ => full };
}

namespace Repro.Theory.Experiments;

/// <summary>Profile names as typed on the command line and written into results.</summary>
public static class ProfileNames
{
    public static readonly IReadOnlyList<string> All = ["smoke", "review", "full"];

    public static string Name(Profile profile) => All[(int)profile];

    public static bool TryParse(string text, out Profile profile)
    {
        int index = All.ToList().IndexOf(text);
        profile = index < 0 ? default : (Profile)index;
        return index >= 0;
    }
}

namespace Repro.Reports.Content;

/// <summary>Model names as readers see them: "v1 (full matrix)" after the paper's version that treats it.</summary>
internal static class ModelText
{
    public static string Short(string model) => model switch
    {
        "v1" => "v1 (full matrix)",
        "v2" => "v2 (diagonal)",
        _ => model,
    };

    public static string Long(string model) => model switch
    {
        "v1" => "model v1: full hidden-to-hidden matrix (arXiv v1)",
        "v2" => "model v2: diagonal hidden-to-hidden matrices (arXiv v2)",
        _ => "model " + model,
    };
}

namespace Repro.Reports.Content;

/// <summary>The paper the report reproduces, as printed on the title page.</summary>
internal static class PaperIdentity
{
    public const string Title = "Convergence of Gradient Descent for Recurrent Neural Networks: A Nonasymptotic Analysis";
    public const string Authors = "S. Cayci and A. Eryilmaz";
    public const string ArxivId = "arXiv:2402.12241";
    public const string Versions = "v1 (19 Feb 2024, full hidden-to-hidden matrix; version of record) and v2 (10 Oct 2024, diagonal hidden-to-hidden matrices)";
}

namespace Repro.Reports.Content;

/// <summary>Short provenance phrases shared by the title page and the appendix.</summary>
internal static class ProvenanceText
{
    /// <summary>"93034e6c9951 (clean)", "… (dirty, diff sha256 1a2b…)", or "unknown".</summary>
    public static string Commit(ReportProvenance p)
    {
        string commit = p.GitCommit.Length > 12 ? p.GitCommit[..12] : p.GitCommit;
        return p.GitTree switch
        {
            "dirty" when p.GitDiffSha256 is { Length: > 12 } diff => $"{commit} (dirty: uncommitted changes, diff SHA-256 {diff[..12]}…)",
            "dirty" => $"{commit} (dirty: uncommitted changes)",
            _ => $"{commit} ({p.GitTree})",
        };
    }
}

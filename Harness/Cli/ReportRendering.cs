using Repro.Reports.Content;

namespace Repro.Harness.Cli;

/// <summary>
/// The one way from a run folder to its report: read and check manifest.json and results/, fix the
/// date, render everything in memory. `repro report` writes the result and `repro verify` compares
/// it with the published files, so the two cannot drift apart.
/// </summary>
internal static class ReportRendering
{
    /// <param name="folder">Absolute path of the run folder.</param>
    /// <param name="sourceDateEpoch">The value of SOURCE_DATE_EPOCH (passed in so tests need not touch the process environment).</param>
    /// <exception cref="UsageException">A bad SOURCE_DATE_EPOCH, or results and manifest that do not belong together.</exception>
    public static RenderedReport Render(string folder, string? sourceDateEpoch)
    {
        ReportDate.FromEpochVariable(sourceDateEpoch); // a bad value is reported before anything else is read
        ReportSources sources = ReportSources.Load(folder);
        DateTimeOffset date = ReportDate.Resolve(sourceDateEpoch, sources.Manifest.Git, RepositoryLocator.Find());
        return ReportRenderer.Render(ReportInputMapper.Map(sources, date));
    }
}

using Repro.Harness.Execution;
using Repro.Harness.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Harness.Tests.Runs;

/// <summary>Results do not depend on the thread count, and an interrupted run resumes to the same bytes.</summary>
public class DeterminismTests
{
    // C3 has bisection rounds, C2 trains and measures, C7 labels data: together they touch every unit kind but one.
    private static readonly string[] Claims = ["C1", "C2", "C3", "C7"];

    [Fact]
    public void OneAndTwoJobsGiveByteIdenticalStoresResultsAndManifests()
    {
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        HarnessRun.Run(one.Path, Claims, jobs: 1);
        HarnessRun.Run(two.Path, Claims, jobs: 2);
        HarnessRun.AssertSameFiles(HarnessRun.Snapshot(one.Path), HarnessRun.Snapshot(two.Path));
    }

    [Fact]
    public void AnInterruptedRunResumesToTheUninterruptedBytes()
    {
        using var whole = new TempDirectory();
        using var resumed = new TempDirectory();
        HarnessRun.Run(whole.Path, Claims);

        using var cancel = new CancellationTokenSource();
        var stopAfterFive = new CancellingProgress(cancel, after: 5);
        (int code, RunTally interrupted, _) = HarnessRun.Run(resumed.Path, Claims, progress: stopAfterFive, cancellation: cancel.Token);
        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.True(interrupted.Interrupted);
        Assert.False(File.Exists(Path.Combine(resumed.Path, "manifest.json")));
        int kept = Directory.EnumerateFiles(Path.Combine(resumed.Path, "store"), "*.json", SearchOption.AllDirectories).Count();
        Assert.InRange(kept, 5, 20);

        (int finalCode, RunTally rest, _) = HarnessRun.Run(resumed.Path, Claims);
        Assert.NotEqual(ExitCodes.Interrupted, finalCode);
        Assert.Equal(kept, rest.Reused);
        HarnessRun.AssertSameFiles(HarnessRun.Snapshot(whole.Path), HarnessRun.Snapshot(resumed.Path));
    }

    /// <summary>Fires the token once <paramref name="after"/> units have finished.</summary>
    private sealed class CancellingProgress(CancellationTokenSource source, int after) : IProgressSink
    {
        private int done;

        public void Plan(int units, double estimatedCost) { }

        public void Reused(WorkItem item) => Count();

        public void Computed(WorkItem item, TimeSpan computeTime) => Count();

        private void Count()
        {
            if (Interlocked.Increment(ref done) >= after) source.Cancel();
        }

        public void Finish() { }
    }
}

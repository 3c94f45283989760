using System.Text.Json.Nodes;
using Repro.Harness.Execution;
using Repro.Harness.Store;

namespace Repro.Harness.Tests;

public class UnitSchedulerTests
{
    private const int Count = 24;

    [Fact]
    public void OneOrTwoJobsGiveIdenticalResultsAndStores()
    {
        using var one = new TempDirectory();
        using var two = new TempDirectory();

        BatchOutcome serial = UnitScheduler.RunBatch(SquareUnits.Items(Count), new ResultStore(one.Path), 1, NullProgress.Instance, default);
        BatchOutcome parallel = UnitScheduler.RunBatch(SquareUnits.Items(Count), new ResultStore(two.Path), 2, NullProgress.Instance, default);

        Assert.Equal(Count, serial.Executed);
        Assert.Equal(Count, parallel.Executed);
        Assert.False(parallel.Interrupted);
        Assert.Equal(serial.Results.Keys, parallel.Results.Keys);
        Assert.Equal(SquareUnits.Canonical(serial.Results), SquareUnits.Canonical(parallel.Results));
        Assert.Equal([.. serial.Results.Keys.Order(StringComparer.Ordinal)], serial.Results.Keys);
        AssertSameFiles(one, two);
    }

    [Fact]
    public void ASecondRunReusesEverythingAndExecutesNothing()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        BatchOutcome first = UnitScheduler.RunBatch(SquareUnits.Items(Count), store, 2, NullProgress.Instance, default);
        int executions = 0;

        BatchOutcome second = UnitScheduler.RunBatch(
            SquareUnits.Items(Count, (_, _) => Interlocked.Increment(ref executions)), store, 2, NullProgress.Instance, default);

        Assert.Equal(0, executions);
        Assert.Equal(0, second.Executed);
        Assert.Equal(Count, second.Reused);
        Assert.Equal(SquareUnits.Canonical(first.Results), SquareUnits.Canonical(second.Results));
    }

    [Fact]
    public void ItemsSharingAKeyRunOnce()
    {
        using var dir = new TempDirectory();
        int executions = 0;
        List<WorkItem> items = SquareUnits.Items(4, (_, _) => Interlocked.Increment(ref executions));
        items.Add(SquareUnits.Item(2, (_, _) => Interlocked.Increment(ref executions), label: "same unit, other label"));
        items.Add(items[0]);

        BatchOutcome outcome = UnitScheduler.RunBatch(items, new ResultStore(dir.Path), 2, NullProgress.Instance, default);

        Assert.Equal(4, executions);
        Assert.Equal(4, outcome.Total);
        Assert.Equal(4, outcome.Results.Count);
    }

    [Fact]
    public void AKeyNamingTwoDifferentUnitsIsRejected()
    {
        using var dir = new TempDirectory();
        WorkItem a = SquareUnits.Item(1);
        WorkItem b = SquareUnits.Item(2) with { Key = a.Key };
        Assert.Throws<ArgumentException>(() => UnitScheduler.RunBatch([a, b], new ResultStore(dir.Path), 1, NullProgress.Instance, default));
    }

    [Fact]
    public void InterruptedRunResumesToTheSameResultsAsAnUninterruptedOne()
    {
        using var reference = new TempDirectory();
        using var resumed = new TempDirectory();
        BatchOutcome uninterrupted = UnitScheduler.RunBatch(SquareUnits.Items(Count), new ResultStore(reference.Path), 2, NullProgress.Instance, default);

        const int K = 5;
        using var cancel = new CancellationTokenSource();
        int started = 0;
        var store = new ResultStore(resumed.Path);
        BatchOutcome partial = UnitScheduler.RunBatch(
            SquareUnits.Items(Count, (_, _) => { if (Interlocked.Increment(ref started) > K) cancel.Cancel(); }),
            store, 2, NullProgress.Instance, cancel.Token);

        Assert.True(partial.Interrupted);
        Assert.InRange(partial.Executed, K - 1, Count - 1); // the other worker may be mid-unit at the cutoff
        Assert.Equal(partial.Executed, partial.Results.Count);
        Assert.Equal(partial.Executed, store.Keys().Count);
        Assert.DoesNotContain(resumed.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        BatchOutcome rest = UnitScheduler.RunBatch(SquareUnits.Items(Count), store, 2, NullProgress.Instance, default);

        Assert.False(rest.Interrupted);
        Assert.Equal(partial.Executed, rest.Reused);
        Assert.Equal(Count - partial.Executed, rest.Executed);
        Assert.Equal(SquareUnits.Canonical(uninterrupted.Results), SquareUnits.Canonical(rest.Results));
        AssertSameFiles(reference, resumed);
    }

    [Fact]
    public void CancellationWithOneJobStopsAfterExactlyKUnits()
    {
        using var dir = new TempDirectory();
        using var cancel = new CancellationTokenSource();
        int started = 0;

        BatchOutcome outcome = UnitScheduler.RunBatch(
            SquareUnits.Items(Count, (_, _) => { if (++started > 3) cancel.Cancel(); }),
            new ResultStore(dir.Path), 1, NullProgress.Instance, cancel.Token);

        Assert.True(outcome.Interrupted);
        Assert.Equal(3, outcome.Executed);
        Assert.Equal(4, started);
    }

    [Fact]
    public void ARunningUnitThatObservesCancellationIsNotSaved()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        using var cancel = new CancellationTokenSource();
        using var running = new ManualResetEventSlim();
        WorkItem blocking = SquareUnits.Item(99, (_, ct) =>
        {
            running.Set();
            ct.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
        });
        var canceller = new Thread(() =>
        {
            running.Wait(TimeSpan.FromSeconds(10));
            cancel.Cancel();
        });
        canceller.Start();

        BatchOutcome outcome = UnitScheduler.RunBatch([blocking], store, 2, NullProgress.Instance, cancel.Token);
        canceller.Join();

        Assert.True(outcome.Interrupted);
        Assert.Equal(0, outcome.Executed);
        Assert.Empty(outcome.Results);
        Assert.Equal(LookupStatus.Missing, store.TryLoad(blocking.Key).Status);
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void ACorruptEntryIsRecomputedAndReported()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        List<WorkItem> items = SquareUnits.Items(6);
        BatchOutcome first = UnitScheduler.RunBatch(items, store, 2, NullProgress.Instance, default);
        WorkItem victim = items[3];
        File.WriteAllText(store.PathFor(victim.Key), "{\"key\":");

        BatchOutcome second = UnitScheduler.RunBatch(items, store, 2, NullProgress.Instance, default);

        Assert.Equal(1, second.Executed);
        Assert.Equal(5, second.Reused);
        CorruptEntry corrupt = Assert.Single(second.Corrupt);
        Assert.Equal(victim.Key, corrupt.Key);
        Assert.Equal(victim.Label, corrupt.Label);
        Assert.True(store.TryLoad(victim.Key).IsFound);
        Assert.Equal(SquareUnits.Canonical(first.Results), SquareUnits.Canonical(second.Results));
    }

    [Fact]
    public void AThrowingUnitFailsTheBatchWithItsLabel()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        var progress = new RecordingProgress();
        List<WorkItem> items = SquareUnits.Items(8, (i, _) =>
        {
            if (i == 5) throw new InvalidOperationException("boom");
        });

        var error = Assert.Throws<UnitFailedException>(() => UnitScheduler.RunBatch(items, store, 2, progress, default));

        Assert.Contains("square i=5", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.Equal("square i=5", error.Label);
        Assert.Equal(items[5].Key, error.Key);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.DoesNotContain("finish", progress.Calls); // a run has many batches: its owner finishes the display
        Assert.Equal(LookupStatus.Missing, store.TryLoad(items[5].Key).Status);
        Assert.All(store.Keys(), key => Assert.True(store.TryLoad(key).IsFound));
    }

    [Fact]
    public void LargestEstimatedCostStartsFirst()
    {
        using var dir = new TempDirectory();
        var order = new List<int>();
        List<WorkItem> items = SquareUnits.Items(6, (i, _) => order.Add(i));

        UnitScheduler.RunBatch(items, new ResultStore(dir.Path), 1, NullProgress.Instance, default);

        List<int> expected = [.. items
            .OrderByDescending(item => item.EstimatedCost)
            .ThenBy(item => item.Key, StringComparer.Ordinal)
            .Select(item => (int)item.Unit["i"]!)];
        Assert.Equal(expected, order);
        Assert.Equal([2, 5], order.Take(2).Order());
    }

    [Fact]
    public void ProgressSeesThePlanAndEveryUnitOnce()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        UnitScheduler.RunBatch(SquareUnits.Items(2), store, 1, NullProgress.Instance, default);
        var progress = new RecordingProgress();

        UnitScheduler.RunBatch(SquareUnits.Items(3), store, 2, progress, default);

        Assert.Equal(["plan 3 6", "reused square i=0", "reused square i=1", "ran square i=2"], progress.Calls);
    }

    [Fact]
    public void FreshAndReusedResultsLookTheSame()
    {
        using var dir = new TempDirectory();
        var store = new ResultStore(dir.Path);
        BatchOutcome fresh = UnitScheduler.RunBatch(SquareUnits.Items(3), store, 1, NullProgress.Instance, default);
        BatchOutcome reused = UnitScheduler.RunBatch(SquareUnits.Items(3), store, 1, NullProgress.Instance, default);

        foreach (string key in fresh.Results.Keys)
        {
            Assert.Equal(reused.Results[key]["square"]!.GetValue<long>(), fresh.Results[key]["square"]!.GetValue<long>());
            Assert.Equal(reused.Results[key]["tenth"]!.GetValue<double>(), fresh.Results[key]["tenth"]!.GetValue<double>());
        }
    }

    [Fact]
    public void JobsMustBePositive()
    {
        using var dir = new TempDirectory();
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            UnitScheduler.RunBatch(SquareUnits.Items(1), new ResultStore(dir.Path), 0, NullProgress.Instance, default));
    }

    private static void AssertSameFiles(TempDirectory a, TempDirectory b)
    {
        Assert.Equal(a.Files(), b.Files());
        foreach (string file in a.Files())
            Assert.Equal(File.ReadAllBytes(a.Combine(file.Split('/'))), File.ReadAllBytes(b.Combine(file.Split('/'))));
    }
}

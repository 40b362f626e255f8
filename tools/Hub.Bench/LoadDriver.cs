using System.Diagnostics;

namespace Hub.Bench;

/// <summary>Runs verifications [first, first+count) either closed loop (C in flight) or open loop (R started per second).</summary>
public sealed class LoadDriver(VerificationRun run, BenchOptions options)
{
    public Task<Outcome[]> RunAsync(int first, int count) =>
        options.Rate is { } rate ? OpenLoopAsync(first, count, rate) : ClosedLoopAsync(first, count, options.Concurrency ?? 1);

    /// <summary>C callers, each starting its next verification as soon as its previous one finished.</summary>
    private async Task<Outcome[]> ClosedLoopAsync(int first, int count, int concurrency)
    {
        var outcomes = new Outcome[count];
        var next = -1;
        async Task CallerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
                outcomes[i] = await run.RunAsync(first + i, Stopwatch.GetTimestamp());
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(CallerAsync)));
        return outcomes;
    }

    /// <summary>
    /// Starts verification i at t0 + i/R whether or not earlier ones finished, and counts its latency
    /// from that scheduled moment, so a hub (or driver) that falls behind cannot hide its queueing.
    /// </summary>
    private async Task<Outcome[]> OpenLoopAsync(int first, int count, double rate)
    {
        var tasks = new Task<Outcome>[count];
        var t0 = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var scheduled = t0 + (long)(i / rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var index = first + i;
            tasks[i] = Task.Run(() => run.RunAsync(index, scheduled));
        }
        return await Task.WhenAll(tasks);
    }
}

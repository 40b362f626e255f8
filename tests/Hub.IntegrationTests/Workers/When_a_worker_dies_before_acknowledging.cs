using System.Net.Http.Json;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators;
using Hub.Simulators.Faults;

namespace Hub.IntegrationTests.Workers;

public sealed class When_a_worker_dies_before_acknowledging(CrashStack stack) : IClassFixture<CrashStack>
{
    [Fact]
    public async Task The_command_is_redelivered_and_the_result_recorded_once()
    {
        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        (await simulator.PutAsJsonAsync("/admin/faults/tax", new FaultSettings { LatencyMs = 60_000 })).EnsureSuccessStatusCode();
        using var client = stack.Client();
        var household = Households.Family();

        Guid id;
        using (var doomed = await WorkerProcess.StartAsync(stack.WorkerArguments()))
        {
            id = await client.SubmitAcceptedAsync(household);
            // The department has the request: the worker holds the command, unacknowledged, mid-call.
            await WaitForRequestsAsync(simulator, household.CaseRef!, 1);
            doomed.Kill();
            Assert.Equal("pending", (await client.StatusAsync(id)).Sources.Single(s => s.Source == "tax").Status);
        }

        (await simulator.PutAsJsonAsync("/admin/faults/tax", new FaultSettings())).EnsureSuccessStatusCode();
        using var successor = await WorkerProcess.StartAsync(stack.WorkerArguments());
        var status = await client.WaitUntilFinishedAsync(id);

        Assert.Equal("completed", status.Status);
        Assert.All(status.Sources, s => Assert.Equal("answered", s.Status));
        await WaitForRequestsAsync(simulator, household.CaseRef!, 2);
        // Recorded once, from the successor's single call; the dead worker's call left no result behind.
        Assert.Equal(1, status.Sources.Single(s => s.Source == "tax").Attempts);
    }

    private static async Task WaitForRequestsAsync(HttpClient simulator, string caseRef, int count)
    {
        for (var until = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < until; await Task.Delay(50))
            if ((await simulator.GetFromJsonAsync<List<JournalEntry>>($"/admin/requests?caseRef={caseRef}&department=tax"))!.Count >= count) return;
        throw new TimeoutException($"The department did not receive {count} request(s).");
    }
}

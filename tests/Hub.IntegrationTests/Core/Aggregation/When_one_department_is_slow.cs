using System.Net.Http.Json;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Faults;

namespace Hub.IntegrationTests.Core.Aggregation;

[Collection(PipelineCollection.Name)]
public sealed class When_one_department_is_slow(ProductionStack stack)
{
    [Fact]
    public async Task The_other_departments_answer_without_waiting_for_it()
    {
        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        (await simulator.PutAsJsonAsync("/admin/faults/vehicle", new FaultSettings { LatencyMs = 5_000 })).EnsureSuccessStatusCode();
        try
        {
            using var client = stack.Client();
            var ids = new List<Guid>();
            for (var i = 0; i < 4; i++) ids.Add(await client.SubmitAcceptedAsync(Households.Family()));

            // Every other department answers every household while the vehicle registry still sits on the first.
            foreach (var id in ids)
            {
                var status = await WaitUntilAsync(client, id, s => s.Sources.Where(x => x.Source != "vehicle").All(x => x.Status == "answered"));
                Assert.Equal("pending", status.Sources.Single(s => s.Source == "vehicle").Status);
            }
            foreach (var id in ids) Assert.Equal("completed", (await client.WaitUntilFinishedAsync(id)).Status);
        }
        finally
        {
            (await simulator.PutAsJsonAsync("/admin/faults/vehicle", new FaultSettings())).EnsureSuccessStatusCode();
        }
    }

    private static async Task<Hub.Contracts.Api.VerificationStatusResponse> WaitUntilAsync(
        HubClient client, Guid id, Func<Hub.Contracts.Api.VerificationStatusResponse, bool> condition)
    {
        for (var until = DateTime.UtcNow.AddSeconds(4); DateTime.UtcNow < until; await Task.Delay(20))
            if (await client.StatusAsync(id) is var status && condition(status)) return status;
        throw new TimeoutException("The other departments did not all answer while the slow one was still busy.");
    }
}

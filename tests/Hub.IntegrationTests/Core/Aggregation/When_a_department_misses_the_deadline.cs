using System.Net.Http.Json;
using Hub.Contracts.Messages;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators;
using Hub.Simulators.Faults;

namespace Hub.IntegrationTests.Core.Aggregation;

[Collection(PipelineCollection.Name)]
public sealed class When_a_department_misses_the_deadline(ProductionStack stack)
{
    [Fact]
    public async Task The_verification_ends_partial_with_the_department_unavailable()
    {
        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        (await simulator.PutAsJsonAsync("/admin/faults/tax", new FaultSettings { LatencyMs = 30_000 })).EnsureSuccessStatusCode();
        try
        {
            using var client = stack.Client();
            var id = await client.SubmitAcceptedAsync(Households.Family());

            var status = await client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(20));

            Assert.Equal("partial", status.Status);
            var tax = status.Sources.Single(s => s.Source == "tax");
            Assert.Equal("unavailable", tax.Status);
            Assert.NotNull(tax.Reason);
            // The worker's deadline and the sweeper race: either way it is time, not the hub.
            Assert.Contains(tax.ReasonCode, new[] { ReasonCodes.DeadlinePassed, ReasonCodes.DepartmentTimeout });
            Assert.All(status.Sources.Where(s => s.Source != "tax"), s => Assert.Equal("answered", s.Status));
            var report = await client.ReportAsync(id);
            var taxInReport = report.Sources.Single(s => s.Source == "tax");
            Assert.Equal("unavailable", taxInReport.Status);
            Assert.Null(taxInReport.Records);
        }
        finally
        {
            (await simulator.PutAsJsonAsync("/admin/faults/tax", new FaultSettings())).EnsureSuccessStatusCode();
        }
    }
}

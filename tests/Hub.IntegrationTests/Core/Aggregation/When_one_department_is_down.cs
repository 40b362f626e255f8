using System.Net.Http.Json;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators.Faults;

namespace Hub.IntegrationTests.Core.Aggregation;

[Collection(PipelineCollection.Name)]
public sealed class When_one_department_is_down(ProductionStack stack)
{
    [Fact]
    public async Task The_verification_ends_partial_with_only_that_department_unavailable()
    {
        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        (await simulator.PutAsJsonAsync("/admin/faults/bank", new FaultSettings { Outage = true })).EnsureSuccessStatusCode();
        try
        {
            using var client = stack.Client();
            var id = await client.SubmitAcceptedAsync(Households.Family());

            var status = await client.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(30));

            Assert.Equal("partial", status.Status);
            Assert.Equal("unavailable", status.Sources.Single(s => s.Source == "bank").Status);
            Assert.All(status.Sources.Where(s => s.Source != "bank"), s => Assert.Equal("answered", s.Status));
            Assert.Equal(TestDepartments.Codes.Count, status.Sources.Count);
        }
        finally
        {
            (await simulator.PutAsJsonAsync("/admin/faults/bank", new FaultSettings())).EnsureSuccessStatusCode();
        }
    }
}

using System.Net.Http.Json;
using Hub.Contracts.Messages;
using Hub.IntegrationTests.Infrastructure;
using Hub.Simulators;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.IntegrationTests.Core.Aggregation;

/// <summary>
/// Issue 7: two requests whose case reference the hub could not send opened the circuit breakers of five
/// departments, and another client's household submitted seconds later ended partial. A failure the hub
/// causes itself is never retried and never counted by a department's breaker. Its own stack, so no other
/// test's breaker or metric gets in the way.
/// </summary>
public sealed class When_a_poisoned_request_meets_another_client(ProductionStack stack) : IClassFixture<ProductionStack>
{
    /// <summary>Commands as an older hub or a bug could have queued them: text no department request may carry.</summary>
    private static readonly (string? CaseRef, string? UserId, string? Name)[] Poisons =
    [
        ("HZ-2026-000001\r\nX-Injected: yes", null, null),
        ("HZ-2026-000002\0", null, null),
        (null, "社工\u0085", null),
        (null, null, "张\0三"),
    ];

    [Fact]
    public async Task A_poisoned_request_of_one_client_leaves_another_clients_household_untouched()
    {
        using var metrics = new MetricsRecorder(stack.Workers!.Services);
        var bus = stack.Api.Services.GetRequiredService<IBus>();
        var poisoned = new List<Guid>();
        for (var round = 0; round < 2; round++)
            foreach (var (caseRef, userId, name) in Poisons)
            {
                var verification = await StoredVerifications.InsertAsync(stack, withOutbox: false, TestDepartments.Codes);
                poisoned.Add(verification.Id);
                var members = Households.Family().Members!.Select((m, i) => new MemberIdentity(i, name ?? m.Name!, m.IdNumber!)).ToList();
                foreach (var code in TestDepartments.Codes)
                {
                    var queue = await bus.GetSendEndpoint(new Uri($"queue:{SourceQueues.For(code)}"));
                    await queue.Send(new CheckSource(verification.Id, code, caseRef ?? verification.CaseRef, userId,
                        verification.Jurisdiction, members, verification.Deadline));
                }
            }

        using var poisonedClient = stack.Client(TestKeys.CallerAll);
        foreach (var id in poisoned)
        {
            var status = await poisonedClient.WaitUntilFinishedAsync(id);
            Assert.Equal("partial", status.Status);
            Assert.All(status.Sources, s => Assert.Equal(("unavailable", ReasonCodes.HubError, 0), (s.Status, s.ReasonCode, s.Attempts)));
        }
        Assert.Equal(0, metrics.Sum("hub.department.attempts"));

        using var otherClient = stack.Client(TestKeys.CallerHeze);
        var household = await otherClient.SubmitAcceptedAsync(Households.Family("371700"));
        var outcome = await otherClient.WaitUntilFinishedAsync(household);

        Assert.Equal("completed", outcome.Status);
        Assert.All(outcome.Sources, s => Assert.Equal("answered", s.Status));
        Assert.True(metrics.Sum("hub.department.attempts") >= TestDepartments.Codes.Count);
        var readiness = await stack.Workers.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.All(TestDepartments.Codes, code => Assert.Equal("closed", readiness.Entries[$"source-{code}"].Data["state"]));
        using var simulator = new HttpClient { BaseAddress = stack.Simulators.Address };
        var journal = (await simulator.GetFromJsonAsync<List<JournalEntry>>("/admin/requests"))!;
        Assert.DoesNotContain(journal, e => poisoned.Any(id => e.RequestId == id.ToString()));
    }
}

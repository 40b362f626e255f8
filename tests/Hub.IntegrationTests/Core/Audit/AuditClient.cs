using System.Net.Http.Json;
using Hub.Web.Audit;
using Hub.Core;
using Hub.Core.Audit;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>The audit API as an auditor calls it.</summary>
public sealed class AuditClient(ProductionStack stack) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = stack.Api.Address, DefaultRequestHeaders = { { "X-Api-Key", TestKeys.Auditor } } };

    public async Task<List<AuditEventView>> EventsAsync(Guid verificationId) =>
        (await http.GetFromJsonAsync<List<AuditEventView>>($"/api/v1/audit/events?verificationId={verificationId}", HubJson.Options))!;

    public async Task<AuditVerification> VerifyAsync() =>
        (await http.GetFromJsonAsync<AuditVerification>("/api/v1/audit/verify", HubJson.Options))!;

    /// <summary>Polls until the verification has at least <paramref name="count"/> events and all of them are sealed.</summary>
    public async Task<List<AuditEventView>> WaitUntilSealedAsync(Guid verificationId, int count)
    {
        for (var until = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(100))
        {
            var events = await EventsAsync(verificationId);
            if (events.Count >= count && events.All(e => e.Sequence is not null)) return events;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"{events.Count(e => e.Sequence is not null)} of {events.Count} events sealed, {count} expected.");
        }
    }

    public void Dispose() => http.Dispose();
}

using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Core;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The REST API as a civil-affairs system calls it.</summary>
public sealed class HubClient(Uri address, string apiKey) : IDisposable
{
    // Header values go out as UTF-8, as a caller's system may send a caseworker id in Chinese.
    private readonly HttpClient http = new(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8 })
    {
        BaseAddress = address, DefaultRequestHeaders = { { "X-Api-Key", apiKey } },
    };

    public Task<HttpResponseMessage> SubmitAsync(SubmitVerificationRequest request, string? idempotencyKey = null, string? userId = null) =>
        SubmitRawAsync(JsonSerializer.Serialize(request, HubJson.Options), idempotencyKey ?? Guid.NewGuid().ToString(), userId);

    public Task<HttpResponseMessage> SubmitRawAsync(string body, string? idempotencyKey, string? userId = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/verifications")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null) message.Headers.Add("Idempotency-Key", idempotencyKey);
        if (userId is not null) message.Headers.Add("X-User-Id", userId);
        return http.SendAsync(message);
    }

    public async Task<Guid> SubmitAcceptedAsync(SubmitVerificationRequest request, string? userId = null)
    {
        using var response = await SubmitAsync(request, userId: userId);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<VerificationAccepted>(HubJson.Options))!.Id;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    public async Task<VerificationStatusResponse> StatusAsync(Guid id) =>
        (await http.GetFromJsonAsync<VerificationStatusResponse>($"/api/v1/verifications/{id}", HubJson.Options))!;

    /// <summary>Polls until the verification has finished (completed or partial).</summary>
    public async Task<VerificationStatusResponse> WaitUntilFinishedAsync(Guid id, TimeSpan? timeout = null)
    {
        // Generous: a loaded 2-core CI box can take long, and the wait ends as soon as the verification does.
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var status = await StatusAsync(id);
            if (status.Status is "completed" or "partial") return status;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Verification still {status.Status} after the timeout.");
            await Task.Delay(20);
        }
    }

    public async Task<VerificationReport> ReportAsync(Guid id) =>
        (await http.GetFromJsonAsync<ReportEnvelope>($"/api/v1/verifications/{id}/report", HubJson.Options))!.Report;

    public void Dispose() => http.Dispose();
}

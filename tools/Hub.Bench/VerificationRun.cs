using System.Diagnostics;
using System.Text.Json;

namespace Hub.Bench;

/// <summary>
/// One verification as a caller lives it: submit, poll the status until it is finished, fetch the report.
/// Latency ends when the finished status is seen; the report fetch is checked but not timed.
/// </summary>
public sealed class VerificationRun(HttpClient http, BenchOptions options)
{
    private readonly DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)); // the hub counts dates in China time

    /// <param name="startedAt">Stopwatch timestamp the latency counts from: now (closed loop) or the scheduled start (open loop).</param>
    public async Task<Outcome> RunAsync(int index, long startedAt)
    {
        using var timeout = new CancellationTokenSource(options.Timeout);
        try
        {
            return await RunCoreAsync(index, startedAt, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return Outcome.Failed(Stopwatch.GetElapsedTime(startedAt), $"no finished status within {options.Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException)
        {
            return Outcome.Failed(Stopwatch.GetElapsedTime(startedAt), $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<Outcome> RunCoreAsync(int index, long startedAt, CancellationToken cancellationToken)
    {
        var body = VerificationRequests.Body(index, options.Members, options.Sources, today);
        using var submit = HubClient.Submit(body);
        var postSent = Stopwatch.GetTimestamp();
        using (var accepted = await http.SendAsync(submit, cancellationToken))
        {
            var submitTime = Stopwatch.GetElapsedTime(postSent);
            if ((int)accepted.StatusCode != 202)
                return Outcome.Failed(Stopwatch.GetElapsedTime(startedAt), "submit: " + await HubClient.DescribeAsync(accepted, cancellationToken));
            using var acceptedJson = JsonDocument.Parse(await accepted.Content.ReadAsStreamAsync(cancellationToken));
            var statusUrl = acceptedJson.RootElement.GetProperty("statusUrl").GetString()
                ?? throw new InvalidOperationException("202 without statusUrl");
            return await PollAsync(statusUrl, startedAt, submitTime, cancellationToken);
        }
    }

    private async Task<Outcome> PollAsync(string statusUrl, long startedAt, TimeSpan submitTime, CancellationToken cancellationToken)
    {
        for (var polls = 1; ; polls++)
        {
            using var response = await http.GetAsync(statusUrl, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return Outcome.Failed(Stopwatch.GetElapsedTime(startedAt), "status: " + await HubClient.DescribeAsync(response, cancellationToken));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            var status = StatusSnapshot.From(json.RootElement);
            if (status.IsFinished)
            {
                var latency = Stopwatch.GetElapsedTime(startedAt);
                var seenAt = DateTimeOffset.UtcNow;
                if (status.ReportUrl is null) return Outcome.Failed(latency, $"status {status.Status} without reportUrl");
                if (await CheckReportAsync(status.ReportUrl, cancellationToken) is { } problem) return Outcome.Failed(latency, problem);
                return status.ToOutcome(latency, submitTime, seenAt) with { Polls = polls };
            }
            if (status.Status == "cancelled") return Outcome.Failed(Stopwatch.GetElapsedTime(startedAt), "the hub cancelled the verification");
            await Task.Delay(options.PollInterval, cancellationToken);
        }
    }

    /// <summary>Null when the report is there, otherwise what was wrong.</summary>
    private async Task<string?> CheckReportAsync(string reportUrl, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(reportUrl, cancellationToken);
        if (!response.IsSuccessStatusCode) return "report: " + await HubClient.DescribeAsync(response, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return json.RootElement.TryGetProperty("report", out var report) && report.ValueKind == JsonValueKind.Object
            ? null : "report: answer has no 'report' object";
    }
}

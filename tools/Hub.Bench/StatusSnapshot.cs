using System.Text.Json;

namespace Hub.Bench;

/// <summary>The fields of <c>GET /api/v1/verifications/{id}</c> the benchmark looks at.</summary>
public sealed record StatusSnapshot(
    Guid Id, string Status, string? ReportUrl, DateTimeOffset? AcceptedAt, DateTimeOffset? CompletedAt, DateTimeOffset? SourcesFinishedAt)
{
    // A finished verification that lacks its reportUrl is an error the run reports, not one to wait out.
    public bool IsFinished => Status is "completed" or "partial";

    public static StatusSnapshot From(JsonElement root) => new(
        root.TryGetProperty("id", out var id) && id.TryGetGuid(out var guid) ? guid : Guid.Empty,
        root.GetProperty("status").GetString() ?? "",
        root.TryGetProperty("reportUrl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null,
        Time(root, "acceptedAt"),
        Time(root, "completedAt"),
        root.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array
            ? sources.EnumerateArray().Select(s => Time(s, "finishedAt")).Max()
            : null);

    public Outcome ToOutcome(TimeSpan latency, TimeSpan submit, DateTimeOffset seenAt) =>
        new(Status == "partial" ? OutcomeKind.Partial : OutcomeKind.Completed, latency)
        {
            Id = Id,
            Submit = submit,
            AcceptedAt = AcceptedAt,
            CompletedAt = CompletedAt,
            SourcesFinishedAt = SourcesFinishedAt,
            SeenAt = seenAt,
        };

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var t)
            ? t : null;
}

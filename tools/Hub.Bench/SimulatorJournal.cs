using System.Text.Json;

namespace Hub.Bench;

/// <summary>
/// When each verification's department call reached the simulator (its <c>/admin/requests</c> journal,
/// keyed by the X-Request-Id the adapter sends, which is the verification id). Read once after the run,
/// so it adds no load while measuring.
/// </summary>
public static class SimulatorJournal
{
    /// <summary>Null (and a note on stderr) when the journal cannot be read: the breakdown then skips that split.</summary>
    public static async Task<IReadOnlyDictionary<Guid, DateTimeOffset>?> TryReadAsync(HttpClient http, Uri simulatorUrl)
    {
        try
        {
            return await ReadAsync(http, simulatorUrl);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine($"simulator journal not read ({ex.Message}); phases without the department split");
            return null;
        }
    }

    private static async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> ReadAsync(HttpClient http, Uri simulatorUrl)
    {
        using var response = await http.GetAsync(new Uri(simulatorUrl, "/admin/requests"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var arrived = new Dictionary<Guid, DateTimeOffset>();
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            if (!entry.TryGetProperty("requestId", out var id) || !Guid.TryParse(id.GetString(), out var verificationId)) continue;
            if (!entry.TryGetProperty("at", out var at) || !at.TryGetDateTimeOffset(out var time)) continue;
            // A retried call appears twice; the first arrival is when the department was first asked.
            if (!arrived.TryGetValue(verificationId, out var earlier) || time < earlier) arrived[verificationId] = time;
        }
        return arrived;
    }
}

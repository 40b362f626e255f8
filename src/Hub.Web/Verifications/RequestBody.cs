using System.Text.Json;
using Hub.Core;

namespace Hub.Web.Verifications;

/// <summary>Reads a bounded JSON body, turning oversize and malformed input into problem responses.</summary>
public static class RequestBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type", detail: "Send the request body as application/json."));

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), HubJson.Options);
            return value is null ? (null, Malformed("The body is empty or null.")) : (value, null);
        }
        catch (JsonException ex)
        {
            // The position helps the caller; the message never quotes the body, which holds personal data.
            return (null, Malformed($"The body is not valid JSON for this request (at {ex.Path ?? "$"}, line {ex.LineNumber + 1})."));
        }
    }

    private static IResult TooLarge(int maxBytes) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large", detail: $"The body must be at most {maxBytes / 1024} KB.");

    private static IResult Malformed(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed request body", detail: detail);
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Core.Signing;

namespace Hub.Api.Signing;

/// <summary>
/// <c>POST /api/v1/reports/verify</c>: the body is the report envelope exactly as served, or a bare compact JWS
/// (as text, or as a JSON string). A well-formed input that fails the check answers 200 with <c>valid: false</c>.
/// </summary>
public static partial class VerifyReportEndpoint
{
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    public static async Task<IResult> HandleAsync(HttpRequest request, DocumentVerifier verifier, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return TooLarge();
            buffer.Write(chunk, 0, read);
        }

        var (input, problem) = Interpret(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Trim());
        return problem is not null ? BadInput(problem) : Results.Ok(verifier.Verify(input!));
    }

    /// <summary>Rejects what is neither JSON nor shaped like a compact JWS; the message never quotes the body (it holds personal data).</summary>
    private static (string? Input, string? Problem) Interpret(string body)
    {
        if (body.Length == 0) return (null, "The body is empty; send the report envelope or a compact JWS.");
        if (body[0] is '{' or '"')
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind == JsonValueKind.String) body = json.RootElement.GetString()!;
                else if (json.RootElement.ValueKind != JsonValueKind.Object) return (null, "The JSON body must be the report envelope.");
                else return (body, null);
            }
            catch (JsonException ex)
            {
                return (null, $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).");
            }
        }
        return CompactShape().IsMatch(body) ? (body, null) : (null, "The body is neither a JSON report envelope nor a compact JWS.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+$")]
    private static partial Regex CompactShape();

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large", detail: $"The body must be at most {MaxBodyBytes / 1024 / 1024} MB.");

    private static IResult BadInput(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a signed report", detail: detail);
}

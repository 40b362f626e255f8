using System.Diagnostics.CodeAnalysis;
using Hub.Contracts.Text;

namespace Hub.Web.Verifications;

/// <summary>
/// The caller's own headers, checked by the same <see cref="TextInput"/> rules as the body's text; a problem
/// names the header and never quotes it. Kestrel itself refuses CR, LF, NUL and bytes that are not UTF-8.
/// </summary>
public static class CallerHeaders
{
    public const string IdempotencyKey = "Idempotency-Key";
    public const string UserId = "X-User-Id";

    public static bool TryReadIdempotencyKey(HttpRequest request, [NotNullWhen(true)] out string? key, [NotNullWhen(false)] out IResult? problem) =>
        TryRead(request, IdempotencyKey, TextRule.IdempotencyKey, out key, out problem);

    /// <summary>The caseworker id in NFC; null when the header is absent or empty.</summary>
    public static bool TryReadUserId(HttpRequest request, out string? userId, [NotNullWhen(false)] out IResult? problem)
    {
        userId = null;
        problem = null;
        return request.Headers[UserId].ToString().Length == 0 || TryRead(request, UserId, TextRule.UserId, out userId, out problem);
    }

    private static bool TryRead(HttpRequest request, string header, TextRule rule,
        [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out IResult? problem)
    {
        var values = request.Headers[header];
        var check = values.Count > 1 ? new TextCheck(null, "must be given once") : TextInput.Check(values.ToString(), rule);
        value = check.Text;
        problem = check.Problem is { } message
            ? Results.ValidationProblem(new Dictionary<string, string[]> { [header] = [$"header {message}"] }, title: "A request header is invalid")
            : null;
        return check.IsValid;
    }
}

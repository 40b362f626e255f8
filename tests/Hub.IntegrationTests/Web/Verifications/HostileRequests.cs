using System.Text.Json;
using CsCheck;
using Hub.Web.Verifications;
using Hub.Core;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>Generators of whole requests, one per endpoint, around the known rows of a <see cref="HardenedStack"/>.</summary>
public sealed class HostileRequests(HardenedStack stack)
{
    private static readonly (string, string)[] NoHeaders = [];

    /// <summary>A header that is usually the expected value, sometimes absent, sometimes anything, now and then twice.</summary>
    private static Gen<(string, string)[]> Header(string name, Gen<string> usual, int absent, int anything) => Gen.Frequency(
        (10, usual.Select(v => new[] { (name, v) })),
        (absent, Gen.Const(NoHeaders)),
        (anything, HostileText.HeaderValue.Select(v => new[] { (name, v) })),
        (1, Gen.Select(usual, HostileText.HeaderValue).Select((a, b) => new[] { (name, a), (name, b) })));

    private static Gen<(string, string)[]> ApiKey(string usual) => Header("X-Api-Key",
        Gen.Frequency((8, Gen.Const(usual)), (1, Gen.OneOf(TestKeys.CallerHeze, TestKeys.Operator, TestKeys.Auditor, TestKeys.CallerAll))),
        absent: 1, anything: 1);

    private static readonly Gen<(string, string)[]> Accept = Header("Accept", Gen.OneOf(
        "application/json", "application/jose", "text/html", "*/*", "application/problem+json", "text/plain", "image/png", "text/*",
        "text/html;q=abc", "text/html;q=0", "application/jose;q=0.5, text/html", ";;;", ",", "*/*;q=-1", "text/html; charset=\"",
        "application/json;q=1.0000000001", "TEXT/HTML", "text/html, application/jose;q=2"), absent: 4, anything: 1);

    private static readonly Gen<(string, string)[]> UserId = Header("X-User-Id",
        Gen.OneOf("caseworker-7", "王小明", "𠮷野", new string('u', 64), new string('u', 65), new string('张', 300),
            new string('u', 63) + "𠮷", string.Concat(Enumerable.Repeat("𠮷", 40))), absent: 4, anything: 3);

    private static readonly Gen<string?> JsonContentType = Gen.Frequency(
        (20, Gen.Const((string?)"application/json")),
        (2, Gen.OneOf<string?>(null, "application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain", "application/jose",
            "application/jsonx", "application/*", "multipart/form-data; boundary=x", "application/json; charset=\"")),
        (1, HostileText.HeaderValue.Select(v => (string?)v)));

    private static Gen<(string, string)[]> Headers(params Gen<(string, string)[]>[] headers) =>
        headers.Aggregate(Gen.Const(NoHeaders), (all, next) => Gen.Select(all, next).Select((a, b) => a.Concat(b).ToArray()));

    private Gen<string> Id => Gen.Frequency(
        (3, Gen.Const(stack.FinishedId.ToString())),
        (2, Gen.Const(stack.WaitingId.ToString())),
        (2, Gen.Guid.Select(g => g.ToString())),
        (2, Gen.OneOf("N", "B", "P", "X").Select(f => stack.FinishedId.ToString(f)).Select(Uri.EscapeDataString)),
        (1, Gen.Const(stack.FinishedId.ToString().ToUpperInvariant())),
        (3, HostileText.UrlPiece));

    private static readonly Gen<string> Query = Gen.Frequency(
        (4, Gen.Const("")),
        (3, Gen.Select(HostileText.UrlPiece, HostileText.UrlPiece).Array[1, 4]
            .Select(pairs => "?" + string.Join("&", pairs.Select(p => $"{p.Item1}={p.Item2}")))),
        (1, Gen.OneOf("?", "?&&", "?=", "?a", "?a=1&a=2", "?%", "?x=%zz", "?" + new string('a', 4000))));

    private static Gen<(byte[], string?)> Plain(Gen<string> text) => text.Select(t => (HostileJson.Utf8(t), (string?)null));

    private static Gen<(byte[], string?)> Changed(Gen<(string Text, string Change)> mutated) =>
        mutated.Select(m => (HostileJson.Utf8(m.Text), (string?)m.Change));

    public Gen<HostileRequest> Submit()
    {
        var valid = JsonSerializer.Serialize(Households.Family(), HubJson.Options);
        var body = Gen.Frequency(
            (2, Plain(Gen.Const(valid))),
            (10, Changed(HostileJson.Mutated(valid))),
            (6, Changed(HostileJson.WithText(valid, "$.caseRef", "$.members[0].name", "$.members[2].name", "$.consent.reference", "$.callbackUrl"))),
            (4, Plain(HostileJson.Tree)),
            (1, Plain(HostileJson.Deep)),
            (1, Plain(HostileJson.Broken)),
            (1, HostileJson.NotUtf8.Select(b => (b, (string?)null))),
            (1, Plain(Gen.Int[1, 64 * 1024].Select(extra => $"{{\"caseRef\":\"{new string('A', SubmitVerificationEndpoint.MaxBodyBytes + extra)}\"}}"))));
        var idempotencyKey = Header("Idempotency-Key", Gen.Frequency((6, Gen.Guid.Select(g => g.ToString())), (1, Gen.Const("key-1"))), absent: 1, anything: 3);
        return Gen.Select(Headers(ApiKey(TestKeys.CallerAll), idempotencyKey, UserId, Accept), body, JsonContentType)
            .Select((headers, b, type) => new HostileRequest("POST", "/api/v1/verifications", headers, b.Item1, type, b.Item2));
    }

    public Gen<HostileRequest> ReadStatus() =>
        Gen.Select(Id, Gen.OneOf("", "/", "//", "/x"), Query, Headers(ApiKey(TestKeys.CallerAll), Accept, UserId))
            .Select((id, tail, query, headers) => new HostileRequest("GET", $"/api/v1/verifications/{id}{tail}{query}", headers));

    public Gen<HostileRequest> ReadReport() =>
        Gen.Select(Id, Gen.OneOf("/report", "/report/", "/REPORT", "/report/x"), Query,
                Headers(ApiKey(TestKeys.CallerAll), Accept, UserId))
            .Select((id, tail, query, headers) => new HostileRequest("GET", $"/api/v1/verifications/{id}{tail}{query}", headers));

    public Gen<HostileRequest> ReadAudit()
    {
        var verificationId = Gen.Frequency(
            (3, Id.Select(id => $"?verificationId={id}")),
            (1, Gen.Const("")),
            (2, Query));
        // Checking the chain reads every sealed event, so it is asked less often than the cheap listing.
        var path = Gen.Frequency((9, Gen.Const("/api/v1/audit/events")), (1, Gen.Const("/api/v1/audit/verify")));
        return Gen.Select(path, verificationId, Headers(ApiKey(TestKeys.Auditor), Accept, UserId))
            .Select((path, query, headers) => new HostileRequest("GET", path + query, headers));
    }

    public Gen<HostileRequest> CheckReport()
    {
        var jws = JsonDocument.Parse(stack.Envelope).RootElement.GetProperty("jws").GetString()!;
        var compact = Gen.Frequency(
            (2, Gen.Select(Gen.Int[0, jws.Length - 1], Gen.Char['-', 'z']).Select((i, c) => jws[..i] + c + jws[(i + 1)..])),
            (1, Gen.Int[0, jws.Length].Select(i => jws[..i])),
            (1, Gen.OneOf(jws + ".x", "." + jws, jws.Replace('.', '_'), string.Join(".", jws.Split('.').Reverse()), "a.b.c", "..", "a..c")),
            (2, HostileText.JsonStringUnit.Array[0, 8].Select(units => $"\"{jws[..20]}{string.Concat(units)}{jws[20..]}\"")));
        var body = Gen.Frequency(
            (1, Plain(Gen.Const(stack.Envelope))),
            (8, Changed(HostileJson.Mutated(stack.Envelope))),
            (4, Plain(compact)),
            (3, Plain(HostileJson.Tree)),
            (1, Plain(HostileJson.Deep)),
            (1, Plain(HostileJson.Broken)),
            (1, HostileJson.NotUtf8.Select(b => (b, (string?)null))));
        var type = Gen.Frequency((6, JsonContentType), (1, Gen.OneOf<string?>("text/plain", "application/jose", null)));
        return Gen.Select(Headers(Accept), body, type)
            .Select((headers, b, contentType) => new HostileRequest("POST", "/api/v1/reports/verify", headers, b.Item1, contentType, b.Item2));
    }

    /// <summary>
    /// Any method on any known path, with odd queries and headers. Report checks are left to <see cref="CheckReport"/>,
    /// so a failure here points at the other endpoints.
    /// </summary>
    public Gen<HostileRequest> AnyEndpoint()
    {
        var path = Gen.OneOf("/", "/health/live", "/health/ready", "/openapi/v1.json", "/.well-known/jwks.json", "/api/v1/verifications",
            $"/api/v1/verifications/{stack.FinishedId}", $"/api/v1/verifications/{stack.FinishedId}/report",
            "/api/v1/audit/verify", "/api/v1/audit/events", "/api", "/api/v2/verifications");
        var method = Gen.OneOf("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
        var body = Gen.Frequency((3, Gen.Const((byte[]?)null)), (1, HostileJson.Tree.Select(t => (byte[]?)HostileJson.Utf8(t))));
        return Gen.Select(method, path, Query, Headers(ApiKey(TestKeys.CallerAll), Accept, UserId), body)
            .Select((m, p, q, headers, b) => new HostileRequest(m, p + q, headers, b, b is null ? null : "application/json"));
    }
}

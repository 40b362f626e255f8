using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Protection;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>
/// Issue 7: caller text is checked once, the same way for every field — refused with a problem naming the
/// field and nothing stored, or accepted and stored in NFC.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class When_text_is_not_acceptable(ProductionStack stack)
{
    [Theory]
    [InlineData("caseRef", "lf")]
    [InlineData("caseRef", "cr")]
    [InlineData("caseRef", "nul")]
    [InlineData("caseRef", "c1")]
    [InlineData("caseRef", "u+fffe")]
    [InlineData("caseRef", "only-u+200b")]
    [InlineData("caseRef", "only-u+feff")]
    [InlineData("members[0].name", "lf")]
    [InlineData("members[0].name", "cr")]
    [InlineData("members[0].name", "nul")]
    [InlineData("members[0].name", "u+fffe")]
    [InlineData("members[0].name", "only-u+200b")]
    [InlineData("members[0].name", "only-u+feff")]
    [InlineData("consent.reference", "lf")]
    [InlineData("consent.reference", "cr")]
    [InlineData("consent.reference", "nul")]
    [InlineData("consent.reference", "u+fffe")]
    [InlineData("consent.reference", "only-u+200b")]
    [InlineData("consent.reference", "only-u+feff")]
    public async Task Bad_text_in_the_body_is_refused_naming_the_field(string field, string kind)
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();

        using var response = await client.SubmitAsync(With(Households.Family(), field, BadText.Of(kind)));

        await AssertRefusedAsync(response, field);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Theory]
    [InlineData("caseRef", "$.caseRef")]
    [InlineData("members[0].name", "$.members[0].name")]
    [InlineData("consent.reference", "$.consent.reference")]
    public async Task A_lone_surrogate_in_the_body_is_a_400_naming_its_path(string field, string path)
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();
        // JSON can spell a lone surrogate only as an escape; the serializer refuses to turn it into a string.
        var body = JsonSerializer.Serialize(With(Households.Family(), field, "MARK"), HubJson.Options).Replace("MARK", "\\ud800");

        using var response = await client.SubmitRawAsync(body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(path, (await ProblemAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(before, await CountRowsAsync());
    }

    [Theory]
    [InlineData("del")]
    [InlineData("c1")]
    [InlineData("u+fffe")]
    [InlineData("only-u+200b")]
    [InlineData("only-u+feff")]
    public async Task A_bad_caseworker_id_is_refused_naming_the_header(string kind)
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();

        using var response = await client.SubmitAsync(Households.Family(), userId: BadText.Of(kind));

        await AssertRefusedAsync(response, "X-User-Id");
        Assert.Equal(before, await CountRowsAsync());
    }

    /// <summary>HttpClient will not send these; Kestrel refuses them before the hub sees the request.</summary>
    [Theory]
    [InlineData("lf")]
    [InlineData("cr")]
    [InlineData("nul")]
    [InlineData("lone-surrogate")]
    public async Task A_caseworker_id_http_cannot_carry_never_reaches_the_hub(string kind)
    {
        var before = await CountRowsAsync();
        // A lone surrogate can only arrive as the bytes UTF-8 forbids for it (CESU-8: ED A0 80).
        var userId = kind == "lone-surrogate" ? [0x61, 0xED, 0xA0, 0x80, 0x62] : Encoding.UTF8.GetBytes(BadText.Of(kind));

        Assert.Equal(400, await RawSubmitStatusAsync(userId));
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_report_read_with_a_bad_caseworker_id_is_refused_and_not_audited()
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(Households.Family());
        await client.WaitUntilFinishedAsync(id);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verifications/{id}/report");
        request.Headers.Add("X-User-Id", "社工\u0001");
        using var response = await client.SendAsync(request);

        await AssertRefusedAsync(response, "X-User-Id");
        await using var db = stack.Database();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.VerificationId == id && e.Kind == AuditEventKind.ReportRead));
    }

    [Fact]
    public async Task Nfd_text_is_stored_as_nfc_and_its_nfc_form_replays()
    {
        using var client = stack.Client();
        var family = Households.Family();
        var nfd = family with
        {
            CaseRef = "Cafe\u0301-" + family.CaseRef,
            Members = [family.Members![0] with { Name = "Zoe\u0308" }, .. family.Members.Skip(1)],
            Consent = family.Consent! with { Reference = "Sa\u0301-" + family.Consent.Reference },
        };
        var key = Guid.NewGuid().ToString();

        using var first = await client.SubmitAsync(nfd, key, userId: "Jose\u0301");
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var nfc = nfd with
        {
            CaseRef = "Café-" + family.CaseRef,
            Members = [family.Members[0] with { Name = "Zoë" }, .. family.Members.Skip(1)],
            Consent = family.Consent with { Reference = "Sá-" + family.Consent.Reference },
        };
        using var replay = await client.SubmitAsync(nfc, key, userId: "José");

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        await using var db = stack.Database();
        var stored = await db.Verifications.Include(v => v.Members).SingleAsync(v => v.IdempotencyKey == key);
        Assert.Equal((nfc.CaseRef, nfc.Consent.Reference, "José"), (stored.CaseRef, stored.ConsentReference, stored.UserId));
        var data = stack.Api.Services.GetRequiredService<PersonalData>();
        Assert.Equal("Zoë", await data.DecryptAsync(stored.Members.Single(m => m.Position == 0).EncryptedName,
            DataPurpose.MemberName(stored.Id, 0), CancellationToken.None));
    }

    [Fact]
    public async Task An_idempotency_key_of_256_characters_is_refused()
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();

        using var response = await client.SubmitAsync(Households.Family(), idempotencyKey: new string('k', 256));

        await AssertRefusedAsync(response, "Idempotency-Key");
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task An_idempotency_key_of_255_visible_ascii_characters_is_accepted_and_replays()
    {
        using var client = stack.Client();
        var visible = string.Concat(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c));
        var key = (Guid.NewGuid().ToString("N") + string.Concat(Enumerable.Repeat(visible, 3)))[..255];
        var household = Households.Family();

        using var first = await client.SubmitAsync(household, key);
        using var replay = await client.SubmitAsync(household, key);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, replay.StatusCode));
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        await using var db = stack.Database();
        Assert.Equal(1, await db.Verifications.CountAsync(v => v.IdempotencyKey == key));
    }

    [Fact]
    public async Task A_non_ascii_idempotency_key_is_refused()
    {
        using var client = stack.Client();
        var before = await CountRowsAsync();

        using var response = await client.SubmitAsync(Households.Family(), idempotencyKey: "幂等键-" + Guid.NewGuid());

        await AssertRefusedAsync(response, "Idempotency-Key");
        Assert.Equal(before, await CountRowsAsync());
    }

    private static SubmitVerificationRequest With(SubmitVerificationRequest valid, string field, string text) => field switch
    {
        "caseRef" => valid with { CaseRef = text },
        "members[0].name" => valid with { Members = [valid.Members![0] with { Name = text }, .. valid.Members.Skip(1)] },
        "consent.reference" => valid with { Consent = valid.Consent! with { Reference = text } },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for {field}: {problem}");
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>A submission written byte for byte, with this caseworker id, as a client library never would.</summary>
    private async Task<int> RawSubmitStatusAsync(byte[] userId)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Households.Family(), HubJson.Options));
        var head = $"POST /api/v1/verifications HTTP/1.1\r\nHost: {stack.Api.Address.Authority}\r\nX-Api-Key: {TestKeys.CallerAll}\r\n" +
                   $"Idempotency-Key: {Guid.NewGuid()}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\nX-User-Id: ";
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(stack.Api.Address.Host, stack.Api.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head).Concat(userId).Concat("\r\n\r\n"u8.ToArray()).Concat(body).ToArray());
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1]);
    }

    private async Task<(int, int)> CountRowsAsync()
    {
        await using var db = stack.Database();
        return (await db.Verifications.CountAsync(), await db.Outbox.CountAsync());
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hub.Embedded;
using Hub.Core.Signing;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Web.Signing;

/// <summary><c>GET /.well-known/jwks.json</c> and <c>POST /api/v1/reports/verify</c> on the embedded API, anonymously.</summary>
public sealed class When_the_api_serves_keys_and_checks_reports : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-signing-api-").FullName;
    private RunningApp api = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var simulatorPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        api = await RunningApp.StartAsync(EmbeddedHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "hub.db")}",
            $"--Signing:KeyFolder={Path.Combine(folder, "signing")}",
            $"--Simulators:Url=http://127.0.0.1:{simulatorPort}",
        ]));
        http = new HttpClient { BaseAddress = api.Address };
    }

    private string SignedEnvelope() =>
        SampleReport.Envelope(api.Services.GetRequiredService<DocumentSigner>().Sign(SampleReport.Document()));

    private async Task<(HttpStatusCode Status, JsonElement Body)> VerifyAsync(string body, string mediaType = "application/json")
    {
        using var response = await http.PostAsync("/api/v1/reports/verify", new StringContent(body, Encoding.UTF8, mediaType));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task The_jwks_publishes_the_embedded_key_and_is_cacheable()
    {
        using var response = await http.GetAsync("/.well-known/jwks.json");

        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.CacheControl!.Public);
        var kid = api.Services.GetRequiredService<SigningKeys>().Current.Kid;
        Assert.Equal([kid], Jwks.Parse(await response.Content.ReadAsStringAsync()).Select(k => k.Kid));
        Assert.True(File.Exists(Path.Combine(folder, "signing", SigningKeyFiles.CurrentFileName)));
    }

    [Fact]
    public async Task A_valid_envelope_answers_valid_with_the_kid()
    {
        var (status, body) = await VerifyAsync(SignedEnvelope());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("valid").GetBoolean());
        Assert.Equal(api.Services.GetRequiredService<SigningKeys>().Current.Kid, body.GetProperty("kid").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task A_bare_jws_as_text_verifies()
    {
        var jws = api.Services.GetRequiredService<DocumentSigner>().Sign(SampleReport.Document()).Jws;
        Assert.True((await VerifyAsync(jws, "text/plain")).Body.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_tampered_envelope_answers_invalid_with_the_reason()
    {
        var (status, body) = await VerifyAsync(SignedEnvelope().Replace("张伟", "李伟", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Equal("The report differs from the signed payload.", body.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"report\":")]
    [InlineData("[1,2]")]
    [InlineData("hello world")]
    public async Task Bad_input_is_a_problem(string body)
    {
        using var response = await http.PostAsync("/api/v1/reports/verify", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    // Issue 7, part 3: each of these answered 500.
    [Fact]
    public async Task A_json_string_body_with_a_lone_surrogate_is_a_problem() => await AssertProblemAsync(""" "\ud800" """);

    [Fact]
    public async Task A_report_key_with_a_lone_surrogate_is_a_problem() => await AssertProblemAsync("""{"report":{"\ud800":1},"jws":"a.b.c"}""");

    [Fact]
    public async Task A_jws_value_with_a_lone_surrogate_is_a_problem() => await AssertProblemAsync("""{"report":{},"jws":"\ud800"}""");

    [Fact]
    public async Task A_body_that_is_not_utf8_is_a_problem()
    {
        using var content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        content.Headers.ContentType = new("application/json");
        using var response = await http.PostAsync("/api/v1/reports/verify", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(" \t\r\n ")]
    [InlineData("\uFEFF")]
    [InlineData("{\"report\":" + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]" + ",\"jws\":\"a.b.c\"}")]
    [InlineData("""{"report":{"n":1e400},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{"n":-123456789e999999999},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{"n":NaN},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{"n":Infinity},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{},"report":{},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{"a":1,"\u0061":2},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{},"jws":"a.b.c"} trailing""")]
    [InlineData("a.b+c.d")]
    [InlineData("a.b.c.d")]
    [InlineData("a.b.c\u0000")]
    [InlineData("NaN")]
    [InlineData("null")]
    [InlineData("12")]
    [InlineData("\"a.b c\"")]
    public async Task Unreadable_input_is_a_problem(string body) => await AssertProblemAsync(body);

    [Theory]
    [InlineData("""{"report":[1],"jws":"a.b.c"}""", "The envelope's \"report\" is not a JSON object.")]
    [InlineData("""{"report":{},"jws":7}""", "The envelope's \"jws\" is not a string.")]
    [InlineData("""{"report":{},"jws":"a.b.c","note":"x"}""", "The envelope must have exactly the members \"report\" and \"jws\".")]
    [InlineData("""{"report":{},"jws":"e30.b+c.AAAA"}""", "Malformed JWS: The JWS payload is not base64url.")]
    [InlineData("WzFd.e30.AAAA", "Malformed JWS: The JWS header is not a JSON object.")]
    [InlineData("bm90IGpzb24.e30.AAAA", "Malformed JWS: The JWS header is not a valid JSON object.")]
    [InlineData("eyJhbGciOiJFUzI1NiIsImFsZyI6Im5vbmUifQ.e30.AAAA", "Malformed JWS: The JWS header is not a valid JSON object.")]
    [InlineData("eyJhbGciOjF9.e30.AAAA", "The JWS header must say \"alg\":\"ES256\".")]
    [InlineData("eyJhbGciOiJFUzI1NiIsImtpZCI6NywidHlwIjoiaHViLXJlcG9ydCtqd3MifQ.e30.AAAA", "The JWS header has no kid.")]
    public async Task A_readable_input_that_fails_the_check_is_invalid(string body, string reason)
    {
        var (status, answer) = await VerifyAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.Equal(reason, answer.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_payload_that_is_not_json_or_a_signature_of_the_wrong_length_is_invalid()
    {
        var parts = api.Services.GetRequiredService<DocumentSigner>().Sign(SampleReport.Document()).Jws.Split('.');

        Assert.Equal("The signature does not match.", (await VerifyAsync($"{parts[0]}.bm90IGpzb24.{parts[2]}")).Body.GetProperty("reason").GetString());
        Assert.Equal("The signature does not match.", (await VerifyAsync($"{parts[0]}.{parts[1]}.{parts[2][..20]}")).Body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_leading_byte_order_mark_is_ignored()
    {
        var (status, body) = await VerifyAsync("\uFEFF" + SignedEnvelope());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("valid").GetBoolean());
    }

    private async Task AssertProblemAsync(string body)
    {
        using var response = await http.PostAsync("/api/v1/reports/verify", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await api.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

using System.Text;
using System.Text.Json;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>One generated request: method, target (path and query exactly as sent), headers and body bytes.</summary>
/// <param name="Change">For a body made from a valid one, what was changed in it.</param>
public sealed record HostileRequest(
    string Method, string Target, (string Name, string Value)[] Headers, byte[]? Body = null, string? ContentType = null, string? Change = null)
{
    public HttpRequestMessage ToMessage(Uri server)
    {
        // Sent as written: no dot-segment removal or re-escaping by Uri, so odd targets reach the server.
        var uri = new Uri(server.GetLeftPart(UriPartial.Authority) + Target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var message = new HttpRequestMessage(new HttpMethod(Method), uri);
        foreach (var (name, value) in Headers) message.Headers.TryAddWithoutValidation(name, value);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return message;
    }

    /// <summary>Readable and exact: strings are JSON-escaped, a body that is not UTF-8 is shown in hex.</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"{Method} {Target}");
        foreach (var (name, value) in Headers) text.Append($"\n{name}: {JsonSerializer.Serialize(value)}");
        if (ContentType is not null) text.Append($"\nContent-Type: {JsonSerializer.Serialize(ContentType)}");
        if (Change is not null) text.Append($"\nbody changed: {Change}");
        if (Body is not null)
        {
            try
            {
                var body = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Body);
                text.Append($"\nbody ({Body.Length} bytes): {JsonSerializer.Serialize(body.Length > 500 ? body[..500] + "…" : body)}");
            }
            catch (DecoderFallbackException)
            {
                text.Append($"\nbody (not UTF-8): {Convert.ToHexString(Body)}");
            }
        }
        return text.ToString();
    }

    /// <summary>The client the suite sends with: header values go out as UTF-8, nothing is followed or cached.</summary>
    public static HttpClient Client() => new(new SocketsHttpHandler
    {
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        AllowAutoRedirect = false,
        UseCookies = false,
    });
}

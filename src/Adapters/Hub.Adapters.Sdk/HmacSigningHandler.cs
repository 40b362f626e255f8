using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Signs each attempt for departments that require it: app key, timestamp, nonce and
/// HMAC-SHA256(secret, timestamp + "\n" + nonce + "\n" + body). Fresh per attempt, so a retry is never a replay.
/// </summary>
public sealed class HmacSigningHandler(string appKey, string appSecret, TimeProvider time) : DelegatingHandler
{
    public const string AppKeyHeader = "X-App-Key";
    public const string TimestampHeader = "X-Timestamp";
    public const string NonceHeader = "X-Nonce";
    public const string SignatureHeader = "X-Signature";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N");
        request.Headers.Add(AppKeyHeader, appKey);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(NonceHeader, nonce);
        request.Headers.Add(SignatureHeader, Sign(appSecret, timestamp, nonce, body));
        return await base.SendAsync(request, cancellationToken);
    }

    public static string Sign(string secret, string timestamp, string nonce, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + "\n" + nonce + "\n");
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), prefix.Concat(body).ToArray()));
    }
}

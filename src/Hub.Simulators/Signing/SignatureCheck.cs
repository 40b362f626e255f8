using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Simulators.Signing;

/// <summary>
/// The department's side of request signing: app key, timestamp within five minutes, unused nonce,
/// and HMAC-SHA256(secret, timestamp + "\n" + nonce + "\n" + body).
/// </summary>
public sealed class SignatureCheck(string appKey, string appSecret, TimeProvider time)
{
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);
    private readonly HashSet<string> seenNonces = [];

    /// <summary>Null when the request is properly signed, otherwise the department's reason for refusing it.</summary>
    public string? Problem(HttpRequest request, byte[] body)
    {
        var key = request.Headers["X-App-Key"].ToString();
        var timestamp = request.Headers["X-Timestamp"].ToString();
        var nonce = request.Headers["X-Nonce"].ToString();
        var signature = request.Headers["X-Signature"].ToString();
        if (key != appKey) return "unknown app key";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(ms)).Duration() > MaxSkew)
            return "timestamp missing or outside five minutes";
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret),
            Encoding.UTF8.GetBytes(timestamp + "\n" + nonce + "\n").Concat(body).ToArray()));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
            return "signature mismatch";
        lock (seenNonces)
        {
            // Nonces older than the skew window could be forgotten; a simulator just starts over now and then.
            if (seenNonces.Count > 100_000) seenNonces.Clear();
            if (nonce.Length < 16 || !seenNonces.Add(nonce)) return "nonce missing or reused";
        }
        return null;
    }
}

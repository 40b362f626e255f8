using System.Security.Cryptography;
using System.Text;

namespace Hub.Core.Protection;

/// <summary>
/// Encrypts personal data for its column and row (AES-256-GCM under the current data key) and decrypts it again.
/// A ciphertext is <c>version ‖ data key id ‖ nonce ‖ tag ‖ ciphertext</c>; version, key id and
/// <see cref="DataPurpose"/> are its associated data. Also computes the blind index of ID numbers.
/// </summary>
public sealed class PersonalData(DataKeyRing ring)
{
    private const byte Version = 1;
    private const int HeaderSize = 1 + 16;

    public byte[] Encrypt(string text, string purpose)
    {
        var (id, key) = ring.Current;
        var stored = new byte[HeaderSize + AesGcmBox.Overhead + Encoding.UTF8.GetByteCount(text)];
        stored[0] = Version;
        id.TryWriteBytes(stored.AsSpan(1, 16));
        AesGcmBox.Seal(key, Encoding.UTF8.GetBytes(text), AssociatedData(stored.AsSpan(0, HeaderSize), purpose))
            .CopyTo(stored.AsSpan(HeaderSize));
        return stored;
    }

    /// <exception cref="UnreadableDataException">The value was altered, moved, or its data key is unknown.</exception>
    public async ValueTask<string> DecryptAsync(byte[] stored, string purpose, CancellationToken cancellationToken)
    {
        if (stored.Length < HeaderSize + AesGcmBox.Overhead || stored[0] != Version)
            throw Unreadable(purpose, "is not a ciphertext of this hub");
        var id = new Guid(stored.AsSpan(1, 16));
        var key = await ring.FindAsync(id, cancellationToken)
            ?? throw Unreadable(purpose, $"names data key {id}, which the database does not hold");
        var plaintext = AesGcmBox.Open(key, stored.AsSpan(HeaderSize), AssociatedData(stored.AsSpan(0, HeaderSize), purpose))
            ?? throw Unreadable(purpose, "failed its integrity check: it was altered, or copied from another row or column");
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Keyed hash (HMAC-SHA256, lower-case hex) for looking members up by ID number without storing it in clear.</summary>
    public string IdNumberIndex(string idNumber) => KeyedHash(idNumber);

    /// <summary>
    /// Keyed hash of a serialized request, to tell an idempotent retry from another request. Keyed because the
    /// request holds names and ID numbers, which a plain hash would let anyone confirm by guessing.
    /// </summary>
    public string RequestFingerprint(string serializedRequest) => KeyedHash("request\n" + serializedRequest);

    private string KeyedHash(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(ring.IndexKey, Encoding.UTF8.GetBytes(text)));

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string purpose) => [.. header, .. Encoding.UTF8.GetBytes(purpose)];

    private static UnreadableDataException Unreadable(string purpose, string why) => new($"The stored value {purpose} {why}.");
}

using System.Security.Cryptography;

namespace Hub.Core.Protection;

/// <summary>AES-256-GCM with a random nonce: <c>nonce ‖ tag ‖ ciphertext</c>, bound to associated data.</summary>
public static class AesGcmBox
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    public const int Overhead = NonceSize + TagSize;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var box = new byte[Overhead + plaintext.Length];
        var nonce = box.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, box.AsSpan(Overhead), box.AsSpan(NonceSize, TagSize), associatedData);
        return box;
    }

    /// <summary>The plaintext, or null when the box was altered, belongs to other associated data, or to another key.</summary>
    public static byte[]? Open(byte[] key, ReadOnlySpan<byte> box, ReadOnlySpan<byte> associatedData)
    {
        if (box.Length < Overhead) return null;
        var plaintext = new byte[box.Length - Overhead];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(box[..NonceSize], box[Overhead..], box.Slice(NonceSize, TagSize), plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}

using System.Numerics;

namespace Hub.Core.Signing;

/// <summary>
/// An ECDSA signature (r, s) is malleable: (r, n − s) verifies just as well, so anyone could mint a second JWS
/// string for the same document. Only the low form, s ≤ (n − 1)/2, is written and accepted.
/// </summary>
internal static class EcdsaLowS
{
    // The order n of the P-256 base point (SEC 2 §2.4.2, FIPS 186-4 §D.1.2.3).
    private static readonly BigInteger Order = new(
        Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), isUnsigned: true, isBigEndian: true);
    private static readonly BigInteger Half = Order >> 1;

    /// <param name="signature">r‖s as two 32-byte big-endian integers (IEEE P1363).</param>
    public static bool IsLow(ReadOnlySpan<byte> signature) => S(signature) <= Half;

    /// <summary>The same signature with s replaced by n − s when s is high.</summary>
    public static byte[] Normalize(byte[] signature)
    {
        var s = S(signature);
        if (s <= Half) return signature;
        var low = (Order - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var normalized = new byte[64];
        signature.AsSpan(0, 32).CopyTo(normalized);
        low.CopyTo(normalized.AsSpan(64 - low.Length));
        return normalized;
    }

    private static BigInteger S(ReadOnlySpan<byte> signature) => new(signature[32..], isUnsigned: true, isBigEndian: true);
}

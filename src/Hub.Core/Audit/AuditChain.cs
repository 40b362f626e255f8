using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Core.Signing;

namespace Hub.Core.Audit;

/// <summary>The hash chain's arithmetic, shared by the sealer and the verifier.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first event.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>SHA-256(previous hash as hex ‖ canonical event), lower-case hex.</summary>
    public static string Hash(string previousHash, AuditEvent e, long sequence)
    {
        var previous = Encoding.ASCII.GetBytes(previousHash);
        return Convert.ToHexStringLower(SHA256.HashData([.. previous, .. CanonicalEvent(e, sequence)]));
    }

    /// <summary>
    /// The event as it is hashed, in RFC 8785 form: every column except the sealing ones, plus its sequence
    /// number. <c>details</c> is hashed as the JSON text stored, a string, not as a nested object.
    /// </summary>
    public static byte[] CanonicalEvent(AuditEvent e, long sequence) => Jcs.Canonicalize(new JsonObject
    {
        ["actor"] = e.Actor,
        ["details"] = e.Details,
        ["id"] = e.Id,
        ["kind"] = e.Kind,
        ["occurredAt"] = Timestamp(e.OccurredAt),
        ["sequence"] = sequence,
        ["userId"] = e.UserId,
        ["verificationId"] = e.VerificationId?.ToString(),
    });

    /// <summary>What a checkpoint's signature covers, in RFC 8785 form.</summary>
    public static byte[] CheckpointPayload(AuditCheckpoint c) => Jcs.Canonicalize(new JsonObject
    {
        ["firstSequence"] = c.FirstSequence,
        ["headHash"] = c.HeadHash,
        ["lastSequence"] = c.LastSequence,
        ["sealedAt"] = Timestamp(c.SealedAt),
    });

    /// <summary>
    /// PostgreSQL keeps microseconds; an instant that is signed before it is stored must be cut to
    /// that first, or the stored row would no longer match its signature.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    private static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}

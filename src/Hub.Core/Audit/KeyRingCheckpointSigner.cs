using Hub.Core.Signing;

namespace Hub.Core.Audit;

/// <summary>Checkpoints are signed with the same key ring as reports, so the JWKS checks both and rotation keeps old checkpoints valid.</summary>
public sealed class KeyRingCheckpointSigner(DocumentSigner signer, DocumentVerifier verifier, SigningKeys keys) : ICheckpointSigner
{
    public string CurrentKid => keys.Current.Kid;

    public string Sign(byte[] payload) => signer.SignBytes(payload);

    public bool Verify(string jws, byte[] payload, out string? kid)
    {
        var outcome = verifier.Verify(jws);
        kid = outcome.Kid;
        // A good signature must also carry exactly this checkpoint.
        return outcome.Valid && CompactJws.Parse(jws).Payload.AsSpan().SequenceEqual(payload);
    }
}

using Hub.Core.Signing;

namespace Hub.Core.Audit;

/// <summary>
/// Checkpoints are signed with the same key ring as reports, so the JWKS checks both and rotation keeps old
/// checkpoints valid; their own JWS <c>typ</c> keeps a checkpoint from passing for a report and the reverse.
/// </summary>
public sealed class KeyRingCheckpointSigner(DocumentSigner signer, SigningKeys keys) : ICheckpointSigner
{
    private readonly JwsVerifier verifier = new(keys.Published, JwsType.Checkpoint);

    public string CurrentKid => keys.Current.Kid;

    public string Sign(byte[] payload) => signer.SignBytes(payload, JwsType.Checkpoint);

    public bool Verify(string jws, byte[] payload, out string? kid)
    {
        var outcome = verifier.Verify(jws, payload);
        kid = outcome.Kid;
        return outcome.Valid;
    }
}

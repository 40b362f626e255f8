namespace Hub.Core.Audit;

/// <summary>Signs and checks audit checkpoints; the hub's key ring backs it in production.</summary>
public interface ICheckpointSigner
{
    string CurrentKid { get; }

    /// <summary>Compact JWS (ES256, <c>kid</c> and <c>typ</c> <c>hub-checkpoint+jws</c> in the header) carrying <paramref name="payload"/>.</summary>
    string Sign(byte[] payload);

    /// <summary>Whether <paramref name="jws"/> is a checkpoint carrying exactly <paramref name="payload"/> under a valid signature of a known key.</summary>
    bool Verify(string jws, byte[] payload, out string? kid);
}

namespace Hub.Core.Signing;

/// <summary>The key ring: one current private key that signs, and retired keys that only verify.</summary>
public sealed class SigningKeys
{
    public SigningKeys(SigningKey current, IEnumerable<SigningKey> retired)
    {
        if (!current.HasPrivateKey()) throw new ArgumentException("The current signing key must include its private key.", nameof(current));
        Current = current;
        // A key listed twice (say, a retired copy of the current file) is published once.
        Retired = retired.Where(k => k.Kid != current.Kid).DistinctBy(k => k.Kid).ToList();
    }

    public SigningKey Current { get; }
    public IReadOnlyList<SigningKey> Retired { get; }
    /// <summary>What the JWKS publishes and the verifier accepts.</summary>
    public IReadOnlyList<SigningKey> Published => [Current, .. Retired];
}

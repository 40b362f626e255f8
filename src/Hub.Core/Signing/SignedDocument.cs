namespace Hub.Core.Signing;

/// <summary>A document in RFC 8785 form with the compact JWS whose payload is exactly those bytes.</summary>
public sealed record SignedDocument(string CanonicalJson, string Jws, string Kid);

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Core.Signing;

/// <summary>An ECDSA P-256 key named by its RFC 7638 thumbprint; private for the current key, public or private for retired ones.</summary>
public sealed class SigningKey
{
    private SigningKey(ECDsa ecdsa)
    {
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            throw new CryptographicException("The key is not on the P-256 curve that ES256 requires.");
        Ecdsa = ecdsa;
        X = Base64Url.EncodeToString(parameters.Q.X);
        Y = Base64Url.EncodeToString(parameters.Q.Y);
        Kid = Thumbprint(X, Y);
    }

    public string Kid { get; }
    /// <summary>Base64url affine coordinates of the public point, as a JWK carries them.</summary>
    public string X { get; }
    public string Y { get; }
    public ECDsa Ecdsa { get; }

    public static SigningKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Reads a PKCS#8, SEC 1 or SubjectPublicKeyInfo PEM (unencrypted).</summary>
    public static SigningKey FromPem(string pem)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(pem);
        return new SigningKey(ecdsa);
    }

    public static SigningKey FromPublicPoint(string x, string y)
    {
        var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(x), Y = Base64Url.DecodeFromChars(y) },
        });
        return new SigningKey(ecdsa);
    }

    public string ExportPrivatePem() => Ecdsa.ExportPkcs8PrivateKeyPem();

    public bool HasPrivateKey()
    {
        try
        {
            Ecdsa.ExportParameters(includePrivateParameters: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The public JWK with the members RFC 7517 clients look for when picking a verification key.</summary>
    public JsonObject ToPublicJwk() => new()
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["x"] = X,
        ["y"] = Y,
        ["kid"] = Kid,
        ["use"] = "sig",
        ["alg"] = "ES256",
    };

    /// <summary>RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace.</summary>
    private static string Thumbprint(string x, string y)
    {
        var members = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(members)));
    }
}

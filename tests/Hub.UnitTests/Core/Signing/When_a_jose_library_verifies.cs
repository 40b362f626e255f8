using Hub.Core.Signing;
using Hub.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.UnitTests.Core.Signing;

/// <summary>An independent JOSE implementation (Microsoft.IdentityModel) checks our JWS with nothing but the JWKS.</summary>
public sealed class When_a_jose_library_verifies
{
    private readonly SigningKeys keys = new(SigningKey.Generate(), [SigningKey.Generate()]);

    private Task<TokenValidationResult> ValidateAsync(string jws, params string[] validTypes) => new JsonWebTokenHandler().ValidateTokenAsync(jws,
        new TokenValidationParameters
        {
            ValidTypes = validTypes,
            IssuerSigningKeys = new JsonWebKeySet(Jwks.Document(keys.Published)).GetSigningKeys(),
            // The report is not a JWT claims set: no issuer, audience or lifetime to check, only the signature.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        });

    [Fact]
    public async Task A_signed_report_verifies()
    {
        var signed = new DocumentSigner(keys).Sign(SampleReport.Document());

        var result = await ValidateAsync(signed.Jws);

        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(keys.Current.Kid, token.Kid);
        Assert.Equal(signed.CanonicalJson, Base64UrlEncoder.Decode(token.EncodedPayload));
    }

    [Fact]
    public async Task It_can_hold_a_checkpoint_apart_from_a_report_by_typ()
    {
        var report = new DocumentSigner(keys).Sign(SampleReport.Document()).Jws;
        var checkpoint = new DocumentSigner(keys).SignBytes("""{"headHash":"ab"}"""u8.ToArray(), JwsType.Checkpoint);

        Assert.True((await ValidateAsync(report, JwsType.Report.Value)).IsValid);
        Assert.False((await ValidateAsync(checkpoint, JwsType.Report.Value)).IsValid);
    }

    [Fact]
    public async Task A_changed_payload_fails()
    {
        var parts = new DocumentSigner(keys).Sign(SampleReport.Document()).Jws.Split('.');
        var changed = Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("张伟", "李伟", StringComparison.Ordinal));

        Assert.False((await ValidateAsync($"{parts[0]}.{changed}.{parts[2]}")).IsValid);
    }

    [Fact]
    public void Our_kid_is_the_libraries_rfc_7638_thumbprint()
    {
        var jwk = new JsonWebKeySet(Jwks.Document(keys.Published)).Keys[0];
        Assert.Equal(keys.Current.Kid, Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint()));
    }
}

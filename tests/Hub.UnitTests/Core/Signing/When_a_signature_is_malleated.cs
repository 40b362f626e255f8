using System.Buffers.Text;
using System.Numerics;
using System.Text;
using Hub.Core.Audit;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Core.Signing;

/// <summary>
/// For ECDSA, (r, n−s) is as valid as (r, s): anyone could mint a second JWS string for the same report.
/// Only the low-S form (s ≤ n/2) is accepted, and the signer always writes it.
/// </summary>
public sealed class When_a_signature_is_malleated
{
    // The order n of the P-256 group (FIPS 186-4, D.1.2.3).
    private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551",
        System.Globalization.NumberStyles.HexNumber);

    private readonly SigningKeys keys = SampleReport.NewKeys();

    private static BigInteger S(string jws) =>
        new(Base64Url.DecodeFromChars(jws.Split('.')[2]).AsSpan(32), isUnsigned: true, isBigEndian: true);

    /// <summary>The same JWS with s replaced by n − s, which plain ECDSA still accepts.</summary>
    private static string FlipS(string jws)
    {
        var at = jws.LastIndexOf('.');
        var signature = Base64Url.DecodeFromChars(jws.AsSpan(at + 1));
        var flipped = (N - S(jws)).ToByteArray(isUnsigned: true, isBigEndian: true);
        var s = new byte[32];
        flipped.CopyTo(s, 32 - flipped.Length);
        return $"{jws[..(at + 1)]}{Base64Url.EncodeToString([.. signature.AsSpan(0, 32), .. s])}";
    }

    [Fact]
    public void The_signer_always_writes_low_s()
    {
        var signer = new DocumentSigner(keys);
        // Half of all raw ECDSA signatures are high-S; 64 low ones in a row do not happen by chance.
        for (var i = 0; i < 64; i++)
            Assert.True(S(signer.Sign(SampleReport.Document()).Jws) <= N / 2);
    }

    [Fact]
    public void A_report_with_s_flipped_to_n_minus_s_is_rejected()
    {
        var signed = new DocumentSigner(keys).Sign(SampleReport.Document());
        var verifier = new DocumentVerifier(keys.Published);
        var flipped = FlipS(signed.Jws);
        Assert.NotEqual(signed.Jws, flipped);

        Assert.True(verifier.Verify(SampleReport.Envelope(signed)).Valid);
        var outcome = verifier.Verify(SignedEnvelope.Write(signed.CanonicalJson, flipped));
        Assert.False(outcome.Valid);
        Assert.Equal("The signature is not in low-S form.", outcome.Reason);
        Assert.False(verifier.Verify(flipped).Valid);
    }

    [Fact]
    public void A_checkpoint_with_s_flipped_to_n_minus_s_is_rejected()
    {
        var payload = Encoding.UTF8.GetBytes("""{"headHash":"ab"}""");
        var checkpoints = new KeyRingCheckpointSigner(new DocumentSigner(keys), keys);
        var jws = checkpoints.Sign(payload);

        Assert.True(checkpoints.Verify(jws, payload, out _));
        Assert.False(checkpoints.Verify(FlipS(jws), payload, out _));
    }
}

using System.Buffers.Text;
using System.Text;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Core.Signing;

public sealed class When_a_report_is_signed
{
    private readonly SigningKeys keys = SampleReport.NewKeys();
    private readonly SignedDocument signed;
    private readonly DocumentVerifier verifier;

    public When_a_report_is_signed()
    {
        signed = new DocumentSigner(keys).Sign(SampleReport.Document());
        verifier = new DocumentVerifier(keys.Published);
    }

    [Fact]
    public void The_envelope_verifies_with_the_kid()
    {
        var outcome = verifier.Verify(SampleReport.Envelope(signed));

        Assert.Equal(new VerificationOutcome(true, keys.Current.Kid, null), outcome);
        Assert.Equal(keys.Current.Kid, signed.Kid);
    }

    [Fact]
    public void The_payload_is_the_canonical_report_and_the_header_names_alg_kid_and_typ()
    {
        var parts = signed.Jws.Split('.');

        Assert.Equal($$"""{"alg":"ES256","kid":"{{keys.Current.Kid}}","typ":"hub-report+jws"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal(signed.CanonicalJson, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])));
        Assert.Equal(64, Base64Url.DecodeFromChars(parts[2]).Length);
    }

    [Fact]
    public void The_bare_jws_verifies() => Assert.True(verifier.Verify(signed.Jws).Valid);

    [Fact]
    public void Reformatting_the_report_keeps_it_valid()
    {
        var reordered = SampleReport.Envelope(signed).Replace("{\"issuedAt\"", "{ \"issuedAt\"", StringComparison.Ordinal);
        Assert.True(verifier.Verify(reordered).Valid);
    }

    [Fact]
    public void A_number_written_otherwise_is_the_same_report()
    {
        // The canonical form (RFC 8785) is what is signed: 1, 1.0 and 1e0 are one number.
        var envelope = SampleReport.Envelope(signed);
        Assert.Contains("\"position\":1}", envelope);

        foreach (var form in new[] { "1.0", "1e0", "10E-1" })
            Assert.True(verifier.Verify(envelope.Replace("\"position\":1}", $"\"position\":{form}}}", StringComparison.Ordinal)).Valid, form);
    }

    [Fact]
    public void An_envelope_with_another_member_is_invalid()
    {
        var envelope = SampleReport.Envelope(signed);
        var extended = envelope[..^1] + ""","note":"approved"}""";

        var outcome = verifier.Verify(extended);

        Assert.False(outcome.Valid);
        Assert.Equal("The envelope must have exactly the members \"report\" and \"jws\".", outcome.Reason);
    }

    [Fact]
    public void A_changed_byte_in_the_report_fails()
    {
        var envelope = SampleReport.Envelope(signed);
        var tampered = envelope.Replace("1234.5", "1234.6", StringComparison.Ordinal);
        Assert.NotEqual(envelope, tampered);

        var outcome = verifier.Verify(tampered);

        Assert.False(outcome.Valid);
        Assert.Equal("The report differs from the signed payload.", outcome.Reason);
    }

    [Fact]
    public void A_changed_byte_in_the_signature_fails()
    {
        var parts = signed.Jws.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[10] ^= 0x01;
        var tampered = $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(signature)}";

        var outcome = verifier.Verify(SignedEnvelope.Write(signed.CanonicalJson, tampered));

        Assert.False(outcome.Valid);
        Assert.Equal("The signature does not match.", outcome.Reason);
    }

    [Fact]
    public void A_changed_last_character_of_the_signature_fails()
    {
        // The last base64url character carries unused bits; a lenient decoder would map the change to the same bytes.
        var last = signed.Jws[^1];
        var tampered = signed.Jws[..^1] + (char)(last == 'A' ? 'B' : last - 1);

        Assert.False(verifier.Verify(tampered).Valid);
    }

    [Fact]
    public void A_changed_payload_in_a_bare_jws_fails()
    {
        var parts = signed.Jws.Split('.');
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(signed.CanonicalJson.Replace("1234.5", "1234.6", StringComparison.Ordinal)));

        Assert.Equal("The signature does not match.", verifier.Verify($"{parts[0]}.{payload}.{parts[2]}").Reason);
    }

    [Fact]
    public void Another_key_is_unknown()
    {
        var stranger = new DocumentSigner(SampleReport.NewKeys()).Sign(SampleReport.Document());

        var outcome = verifier.Verify(SampleReport.Envelope(stranger));

        Assert.False(outcome.Valid);
        Assert.Equal(stranger.Kid, outcome.Kid);
        Assert.Equal("The kid is not a published signing key.", outcome.Reason);
    }

    [Fact]
    public void Alg_none_is_refused()
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"none","kid":"{{keys.Current.Kid}}"}"""));
        var unsigned = $"{header}.{signed.Jws.Split('.')[1]}.";

        Assert.Equal("The JWS header must say \"alg\":\"ES256\".", verifier.Verify(unsigned).Reason);
    }

    [Theory]
    [InlineData("not a jws")]
    [InlineData("{\"jws\":\"a.b.c\"}")]
    [InlineData("{\"report\":{},\"jws\":\"a.b.c\"}")]
    [InlineData("{\"report\":{},\"report\":{},\"jws\":\"a.b.c\"}")]
    [InlineData("{\"report\":")]
    public void Malformed_input_is_invalid_with_a_reason(string input)
    {
        var outcome = verifier.Verify(input);

        Assert.False(outcome.Valid);
        Assert.False(string.IsNullOrEmpty(outcome.Reason));
    }
}

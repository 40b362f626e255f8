using System.Buffers.Text;
using System.Text;
using Hub.Core.Audit;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Core.Signing;

/// <summary>Reports and audit checkpoints share one key ring; the JWS <c>typ</c> keeps one from passing for the other.</summary>
public sealed class When_a_signature_is_used_for_another_purpose
{
    private static readonly byte[] CheckpointPayload =
        Encoding.UTF8.GetBytes("""{"firstSequence":1,"headHash":"ab","lastSequence":2,"sealedAt":"2026-01-01T00:00:00.000000Z"}""");

    private readonly SigningKeys keys = SampleReport.NewKeys();
    private readonly DocumentVerifier reports;
    private readonly KeyRingCheckpointSigner checkpoints;

    public When_a_signature_is_used_for_another_purpose()
    {
        reports = new DocumentVerifier(keys.Published);
        checkpoints = new KeyRingCheckpointSigner(new DocumentSigner(keys), keys);
    }

    [Fact]
    public void A_checkpoint_does_not_verify_as_a_report()
    {
        var jws = checkpoints.Sign(CheckpointPayload);

        Assert.False(reports.Verify(jws).Valid);
        // The checkpoint's payload is canonical JSON too, so it could be dressed up as a report envelope.
        var envelope = SignedEnvelope.Write(Encoding.UTF8.GetString(CheckpointPayload), jws);
        var outcome = reports.Verify(envelope);
        Assert.False(outcome.Valid);
        Assert.Equal("The JWS is not a report: its typ must be \"hub-report+jws\".", outcome.Reason);
    }

    [Fact]
    public void A_report_does_not_verify_as_a_checkpoint()
    {
        var signed = new DocumentSigner(keys).Sign(SampleReport.Document());

        Assert.True(reports.Verify(signed.Jws).Valid);
        Assert.False(checkpoints.Verify(signed.Jws, Encoding.UTF8.GetBytes(signed.CanonicalJson), out _));
    }

    [Fact]
    public void Each_names_its_type_in_the_protected_header()
    {
        Assert.Equal("hub-report+jws", Typ(new DocumentSigner(keys).Sign(SampleReport.Document()).Jws));
        Assert.Equal("hub-checkpoint+jws", Typ(checkpoints.Sign(CheckpointPayload)));
    }

    private static string? Typ(string jws)
    {
        using var header = System.Text.Json.JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0]));
        return header.RootElement.TryGetProperty("typ", out var typ) ? typ.GetString() : null;
    }
}

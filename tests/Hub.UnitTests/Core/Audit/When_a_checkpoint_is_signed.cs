using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Hub.Core.Audit;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Core.Audit;

public sealed class When_a_checkpoint_is_signed : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-checkpoint-keys-").FullName;

    /// <summary>A checkpoint signer on its own freshly generated key ring.</summary>
    private KeyRingCheckpointSigner NewSigner(string name)
    {
        var keys = SigningKeyFiles.Load(new SigningOptions { KeyFolder = Path.Combine(folder, name) }, allowGeneratedKey: true);
        return new KeyRingCheckpointSigner(new DocumentSigner(keys), keys);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""{"firstSequence":1,"headHash":"ab","lastSequence":2,"sealedAt":"2026-01-01T00:00:00.000000Z"}""");

    [Fact]
    public void A_signature_verifies_and_names_its_key()
    {
        var signer = NewSigner("own");
        var jws = signer.Sign(Payload);

        Assert.True(signer.Verify(jws, Payload, out var kid));
        Assert.Equal(signer.CurrentKid, kid);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
    }

    [Fact]
    public void Another_payload_or_a_changed_signature_fails()
    {
        var signer = NewSigner("own");
        var jws = signer.Sign(Payload);
        var other = (byte[])Payload.Clone();
        other[^3] ^= 1;

        Assert.False(signer.Verify(jws, other, out _));
        Assert.False(signer.Verify(AuditTamper.FlipSignatureCharacter(jws), Payload, out _));
        Assert.False(signer.Verify("not.a.jws", Payload, out _));
    }

    [Fact]
    public void A_signature_by_another_key_fails()
    {
        var signer = NewSigner("own");
        var stranger = NewSigner("stranger");
        Assert.False(signer.Verify(stranger.Sign(Payload), Payload, out _));
    }
}

using System.Text.Json.Nodes;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Core.Signing;

/// <summary>The documented rotation: move <c>current.pem</c> into <c>retired/</c> and restart.</summary>
public sealed class When_the_key_rotates : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-keys-").FullName;

    private SigningKeys Load() => SigningKeyFiles.Load(new SigningOptions { KeyFolder = folder }, allowGeneratedKey: true);

    [Fact]
    public void A_report_signed_before_still_verifies_and_the_jwks_lists_both_keys()
    {
        var before = Load();
        var oldEnvelope = SampleReport.Envelope(new DocumentSigner(before).Sign(SampleReport.Document()));

        File.Move(Path.Combine(folder, SigningKeyFiles.CurrentFileName),
            Path.Combine(folder, SigningKeyFiles.RetiredFolderName, $"{before.Current.Kid}.pem"));
        var after = Load();

        Assert.NotEqual(before.Current.Kid, after.Current.Kid);
        var jwks = Jwks.Document(after.Published);
        var kids = JsonNode.Parse(jwks)!["keys"]!.AsArray().Select(k => (string)k!["kid"]!).ToList();
        Assert.Equal([after.Current.Kid, before.Current.Kid], kids);
        var verifier = new DocumentVerifier(Jwks.Parse(jwks));
        Assert.Equal(new VerificationOutcome(true, before.Current.Kid, null), verifier.Verify(oldEnvelope));
        Assert.True(verifier.Verify(SampleReport.Envelope(new DocumentSigner(after).Sign(SampleReport.Document()))).Valid);
    }

    [Fact]
    public void Without_rotation_the_folder_keeps_its_key() => Assert.Equal(Load().Current.Kid, Load().Current.Kid);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

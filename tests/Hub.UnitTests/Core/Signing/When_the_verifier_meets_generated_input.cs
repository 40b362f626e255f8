using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Hub.Web.Signing;
using Hub.Core.Audit;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Core.Signing;

/// <summary>
/// Thousands of generated inputs against the report verifier, the offline command's check and the checkpoint
/// verifier: none throws, and only the signed document itself (in any formatting of its canonical form) is valid.
/// CsCheck picks a fresh seed per run and prints it with any failure, so a failure can be replayed.
/// </summary>
public sealed partial class When_the_verifier_meets_generated_input
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SigningKeys Keys = SampleReport.NewKeys();
    private static readonly SignedDocument Signed = new DocumentSigner(Keys).Sign(SampleReport.Document());
    private static readonly string Envelope = SampleReport.Envelope(Signed);
    private readonly DocumentVerifier verifier = new(Keys.Published);

    /// <summary>
    /// The oracle, independent of signatures: the input carries the signed JWS unchanged, bare or as a JSON string,
    /// or in an envelope of exactly that JWS and a report whose canonical form is the signed one.
    /// </summary>
    private static bool CarriesTheSignedReport(byte[] input)
    {
        if (!SignedInput.TryRead(input, out var read, out _)) return false;
        if (read.Envelope is not { } envelope) return read.Compact == Signed.Jws;
        if (envelope.GetPropertyCount() != 2 || !envelope.TryGetProperty("report", out var report) || !envelope.TryGetProperty("jws", out var jws)
            || report.ValueKind != System.Text.Json.JsonValueKind.Object || jws.ValueKind != System.Text.Json.JsonValueKind.String)
            return false;
        try
        {
            return jws.GetString() == Signed.Jws && Jcs.CanonicalString(report) == Signed.CanonicalJson;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static bool CarriesTheSignedReport(string input)
    {
        try
        {
            return CarriesTheSignedReport(StrictUtf8.GetBytes(input));
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private void AssertVerifiesExactly(string input) =>
        Assert.Equal(CarriesTheSignedReport(input), verifier.Verify(input).Valid);

    [Fact]
    public void The_untouched_originals_verify()
    {
        Assert.True(CarriesTheSignedReport(Envelope));
        AssertVerifiesExactly(Envelope);
        AssertVerifiesExactly(Signed.Jws);
        AssertVerifiesExactly($"\"{Signed.Jws}\"");
    }

    [Fact]
    public void Odd_text_and_odd_json_never_verify() =>
        Gen.OneOf(
                OddInput.Text,
                OddInput.Json,
                OddInput.DeepJson,
                OddInput.CompactShaped,
                OddInput.JsonString,
                OddInput.Json.Select(report => $$"""{"report":{{report}},"jws":"{{Signed.Jws}}"}"""),
                Gen.Select(OddInput.Json, OddInput.Json).Select((report, jws) => $$"""{"report":{{report}},"jws":{{jws}}}"""),
                OddInput.DeepJson.Select(report => $$"""{"report":{{report}},"jws":"{{Signed.Jws}}"}"""))
            .Sample(AssertVerifiesExactly, iter: 10_000);

    [Fact]
    public void A_mutated_envelope_verifies_only_if_its_canonical_report_and_jws_are_unchanged() =>
        OddInput.Mutated(Envelope).Sample(AssertVerifiesExactly, iter: 3_000);

    [Fact]
    public void A_jws_with_another_header_a_damaged_signature_or_a_mutation_never_verifies() =>
        Gen.OneOf(OddInput.WithOtherHeader(Signed.Jws), OddInput.WithDamagedSignature(Signed.Jws), OddInput.Mutated(Signed.Jws))
            .SelectMany(jws => Gen.OneOf(jws, $"\"{jws}\"", SignedEnvelope.Write(Signed.CanonicalJson, jws)))
            .Sample(AssertVerifiesExactly, iter: 5_000);

    [Fact]
    public void The_command_exits_zero_only_for_the_signed_report_and_prints_only_its_own_words() =>
        Gen.OneOf(
                Gen.Byte.Array[0, 120],
                OddInput.Json.Select(Encoding.UTF8.GetBytes),
                OddInput.Mutated(Envelope).Select(Encoding.UTF8.GetBytes),
                OddInput.WithDamagedSignature(Signed.Jws).Select(Encoding.UTF8.GetBytes))
            .Sample(input =>
            {
                using var output = new StringWriter();

                var exitCode = VerifyReportCommand.Check(input, verifier, output);

                Assert.Equal(CarriesTheSignedReport(input) ? 0 : 1, exitCode);
                Assert.Matches(CommandOutput(), output.ToString());
            }, iter: 5_000);

    [Fact]
    public void A_checkpoint_verifies_only_untouched()
    {
        var checkpoints = new KeyRingCheckpointSigner(new DocumentSigner(Keys), Keys);
        var payload = Encoding.UTF8.GetBytes("""{"firstSequence":1,"headHash":"ab","lastSequence":2,"sealedAt":"2026-01-01T00:00:00.000000Z"}""");
        var jws = checkpoints.Sign(payload);

        Gen.OneOf(OddInput.WithOtherHeader(jws), OddInput.WithDamagedSignature(jws), OddInput.Mutated(jws), OddInput.Text, OddInput.CompactShaped)
            .Sample(candidate => Assert.Equal(candidate == jws, checkpoints.Verify(candidate, payload, out _)), iter: 5_000);
    }

    // Fixed words, a thumbprint-shaped kid or "-", and reasons in printable ASCII: no room for text from the input.
    [GeneratedRegex(@"\Avalid: (true|false)\r?\nkid: (-|[A-Za-z0-9_-]{43})\r?\n(reason: [ -~]+\r?\n)?\z")]
    private static partial Regex CommandOutput();
}

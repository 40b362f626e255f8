using System.Text;
using System.Text.Json;

namespace Hub.Core.Signing;

/// <summary>
/// Checks a report envelope <c>{"report":{…},"jws":"…"}</c> or a bare compact JWS of a report against public keys
/// only, so the same check runs in the API (key ring) and offline (a saved JWKS).
/// </summary>
public sealed class DocumentVerifier
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly JwsVerifier reports;

    public DocumentVerifier(IEnumerable<SigningKey> keys) => reports = new JwsVerifier(keys, JwsType.Report);

    /// <summary>Reads <paramref name="input"/> as <see cref="SignedInput"/> does; unreadable input is invalid, with the reason.</summary>
    public VerificationOutcome Verify(string input)
    {
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(input);
        }
        catch (EncoderFallbackException)
        {
            return VerificationOutcome.Invalid(null, "The input is not Unicode text: it holds a lone surrogate.");
        }
        return SignedInput.TryRead(bytes, out var signed, out var problem) ? Verify(signed) : VerificationOutcome.Invalid(null, problem);
    }

    public VerificationOutcome Verify(SignedInput input)
    {
        if (input.Envelope is not { } envelope) return reports.Verify(input.Compact!, expectedPayload: null);
        // A further member would be unsigned text that a reader could take for part of the signed report.
        if (envelope.GetPropertyCount() != 2
            || !envelope.TryGetProperty(SignedEnvelope.ReportMember, out var report)
            || !envelope.TryGetProperty(SignedEnvelope.JwsMember, out var jws))
            return VerificationOutcome.Invalid(null, "The envelope must have exactly the members \"report\" and \"jws\".");
        if (report.ValueKind != JsonValueKind.Object) return VerificationOutcome.Invalid(null, "The envelope's \"report\" is not a JSON object.");
        if (jws.ValueKind != JsonValueKind.String) return VerificationOutcome.Invalid(null, "The envelope's \"jws\" is not a string.");
        byte[] canonical;
        try
        {
            canonical = Jcs.Canonicalize(report);
        }
        catch (JsonException)
        {
            return VerificationOutcome.Invalid(null, "The report has no RFC 8785 canonical form.");
        }
        // The canonical form is what is signed: the report may arrive reformatted, reordered, or with 1 written as 1.0.
        return reports.Verify(jws.GetString()!, canonical);
    }
}

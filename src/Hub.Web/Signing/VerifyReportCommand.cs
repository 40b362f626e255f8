using System.Security.Cryptography;
using Hub.Core.Signing;

namespace Hub.Web.Signing;

/// <summary>
/// <c>verify-report FILE [--jwks FILE_OR_URL]</c>: checks a saved report envelope (or compact JWS) against a JWKS.
/// With a saved JWKS file it needs no network. Exit code 0 when valid; 1 when invalid, unreadable, or when the
/// file or the JWKS cannot be read. It prints why, and never text from the report, which holds personal data.
/// </summary>
public static class VerifyReportCommand
{
    public const string DefaultJwks = "http://localhost:5080/.well-known/jwks.json";
    private const string Usage = "usage: verify-report FILE [--jwks FILE_OR_URL]";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (file, jwks) = args switch
        {
            [var f] => (f, DefaultJwks),
            [var f, "--jwks", var j] => (f, j),
            _ => (null, null),
        };
        if (file is null || jwks is null)
        {
            await error.WriteLineAsync(Usage);
            return 1;
        }

        IReadOnlyList<SigningKey> keys;
        try
        {
            keys = Jwks.Parse(await ReadJwksAsync(jwks));
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            await error.WriteLineAsync($"Cannot use the JWKS {jwks}: {ex.Message}");
            return 1;
        }
        if (keys.Count == 0)
        {
            await error.WriteLineAsync($"Cannot use the JWKS {jwks}: it holds no P-256 key.");
            return 1;
        }

        byte[] input;
        try
        {
            if (new FileInfo(file).Length > SignedInput.MaxBytes)
            {
                await error.WriteLineAsync($"Cannot read {file}: it is larger than {SignedInput.MaxBytes / 1024 / 1024} MB.");
                return 1;
            }
            input = await File.ReadAllBytesAsync(file);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            await error.WriteLineAsync($"Cannot read {file}: {ex.Message}");
            return 1;
        }
        return Check(input, new DocumentVerifier(keys), output);
    }

    /// <summary>The check itself, without files or network: prints the outcome and returns the exit code.</summary>
    public static int Check(ReadOnlySpan<byte> input, DocumentVerifier verifier, TextWriter output)
    {
        var outcome = SignedInput.TryRead(input, out var signed, out var problem)
            ? verifier.Verify(signed)
            : VerificationOutcome.Invalid(null, problem);
        // The kid is echoed only when shaped like a thumbprint and the reasons are fixed texts: nothing here quotes the input.
        output.WriteLine($"valid: {(outcome.Valid ? "true" : "false")}");
        output.WriteLine($"kid: {outcome.Kid ?? "-"}");
        if (outcome.Reason is not null) output.WriteLine($"reason: {outcome.Reason}");
        return outcome.Valid ? 0 : 1;
    }

    // Paths and URLs come from the command line: a bad one is the user's to fix, not a crash.
    private static bool IsUnreadable(Exception ex) => ex is IOException or UnauthorizedAccessException or HttpRequestException
        or TaskCanceledException or FormatException or ArgumentException or NotSupportedException or CryptographicException;

    private static async Task<string> ReadJwksAsync(string source)
    {
        if (!source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return await File.ReadAllTextAsync(source);
        // A JWKS is a few keys; a larger answer is not one.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10), MaxResponseContentBufferSize = 1024 * 1024 };
        return await http.GetStringAsync(source);
    }
}

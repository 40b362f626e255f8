using Hub.Core.Signing;

namespace Hub.Api.Signing;

/// <summary>
/// <c>verify-report FILE [--jwks FILE_OR_URL]</c>: checks a saved report envelope (or compact JWS) against a JWKS.
/// With a saved JWKS file it needs no network. Exit code 0 when valid, 1 otherwise.
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

        DocumentVerifier verifier;
        string input;
        try
        {
            verifier = DocumentVerifier.FromJwks(await ReadJwksAsync(jwks));
            input = await File.ReadAllTextAsync(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException or FormatException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        var outcome = verifier.Verify(input);
        await output.WriteLineAsync($"valid: {(outcome.Valid ? "true" : "false")}");
        await output.WriteLineAsync($"kid: {outcome.Kid ?? "-"}");
        if (outcome.Reason is not null) await output.WriteLineAsync($"reason: {outcome.Reason}");
        return outcome.Valid ? 0 : 1;
    }

    private static async Task<string> ReadJwksAsync(string source)
    {
        if (!source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return await File.ReadAllTextAsync(source);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return await http.GetStringAsync(source);
    }
}

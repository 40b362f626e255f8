using Hub.Core.Signing;

namespace Hub.Web.Signing;

/// <summary>
/// <c>POST /api/v1/reports/verify</c>: the body is the report envelope exactly as served, or a bare compact JWS
/// (as text, or as a JSON string). Input <see cref="SignedInput"/> cannot read is a 400 problem; a readable input
/// that fails the check answers 200 with <c>valid: false</c> and the reason.
/// </summary>
public static class VerifyReportEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, DocumentVerifier verifier, CancellationToken cancellationToken)
    {
        if (request.ContentLength > SignedInput.MaxBytes) return TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > SignedInput.MaxBytes) return TooLarge();
            buffer.Write(chunk, 0, read);
        }

        return SignedInput.TryRead(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var input, out var problem)
            ? Results.Ok(verifier.Verify(input))
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a signed report", detail: problem);
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large", detail: $"The body must be at most {SignedInput.MaxBytes / 1024 / 1024} MB.");
}

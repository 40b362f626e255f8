using Hub.Core.Signing;

namespace Hub.Web.Signing;

public static class SigningApi
{
    public static IEndpointRouteBuilder MapSigningApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/jwks.json", JwksEndpoint.Handle).AllowAnonymous()
            .WithTags("Signing")
            .WithName("GetJwks");
        // Anonymous on purpose: the check uses only the public keys and answers about the document the caller
        // already holds, so a civil-affairs office or a court can check a forwarded report without an API key.
        app.MapPost("/api/v1/reports/verify", VerifyReportEndpoint.HandleAsync).AllowAnonymous()
            .WithTags("Signing")
            .WithName("VerifyReport")
            .Produces<VerificationOutcome>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }
}

using Hub.Web.Access;
using Hub.Contracts.Api;

namespace Hub.Web.Verifications;

public static class VerificationsApi
{
    public static IEndpointRouteBuilder MapVerificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/verifications").WithTags("Verifications");
        group.MapPost("/", SubmitVerificationEndpoint.HandleAsync).RequireAuthorization(AccessRegistration.Submit)
            .WithName("SubmitVerification")
            .Accepts<SubmitVerificationRequest>("application/json")
            .Produces<VerificationAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}", VerificationStatusEndpoint.HandleAsync).RequireAuthorization(AccessRegistration.ReadStatus)
            .WithName("GetVerification")
            .Produces<VerificationStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/report", VerificationReportEndpoint.HandleAsync).RequireAuthorization(AccessRegistration.ReadReport)
            .WithName("GetVerificationReport")
            .Produces<ReportEnvelope>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }
}

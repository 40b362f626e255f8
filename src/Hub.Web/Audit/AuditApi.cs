using Hub.Web.Access;
using Hub.Core.Audit;

namespace Hub.Web.Audit;

public static class AuditApi
{
    /// <summary>The auditor's view of the trail, across all jurisdictions.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(AccessRegistration.Audit);
        group.MapGet("/verify", async (AuditVerifier verifier, CancellationToken cancellationToken) =>
                Results.Ok(await verifier.VerifyAsync(cancellationToken)))
            .WithName("VerifyAuditTrail")
            .Produces<AuditVerification>();
        group.MapGet("/events", AuditEventsEndpoint.HandleAsync)
            .WithName("ListAuditEvents")
            .Produces<List<AuditEventView>>()
            .ProducesValidationProblem();
        return app;
    }
}

using Hub.ServiceDefaults;
using Hub.Web.Access;
using Hub.Contracts.Api;
using Hub.Contracts.Identity;
using Hub.Core;
using Hub.Core.Submission;
using Microsoft.Extensions.Options;

namespace Hub.Web.Verifications;

/// <summary><c>POST /api/v1/verifications</c>: validate, store with its outbox in one transaction, answer 202.</summary>
public static class SubmitVerificationEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext http, VerificationSubmitter submitter, IOptions<HubOptions> options, HubMode mode, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!CallerHeaders.TryReadIdempotencyKey(http.Request, out var key, out var headerProblem)) return headerProblem;
        if (!CallerHeaders.TryReadUserId(http.Request, out var userId, out headerProblem)) return headerProblem;

        var (body, problem) = await RequestBody.ReadJsonAsync<SubmitVerificationRequest>(http.Request, MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;

        var callbacks = new CallbackPolicy(http.User.CallbackHosts(), AllowHttp: mode.IsEmbedded);
        var errors = SubmissionValidator.Validate(body!, options.Value.Sources.ToHashSet(), callbacks, time.Today(), out var request);
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The verification request is invalid");
        if (!http.User.MayActFor(request.Jurisdiction!))
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Jurisdiction not allowed",
                detail: "This API key may not submit verifications for that jurisdiction.",
                extensions: new Dictionary<string, object?> { ["field"] = "jurisdiction" });

        var caller = new Caller(http.User.ClientName(), userId);
        switch (await submitter.SubmitAsync(request, caller, key, cancellationToken))
        {
            case SubmissionOutcome.Accepted accepted:
                var statusUrl = $"/api/v1/verifications/{accepted.Id}";
                if (accepted.Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Accepted(statusUrl, new VerificationAccepted(accepted.Id, "accepted", statusUrl));
            case SubmissionOutcome.KeyReused:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Idempotency key reused",
                    detail: "This Idempotency-Key was already used with a different request body.");
            default:
                throw new InvalidOperationException("Unexpected submission outcome.");
        }
    }
}

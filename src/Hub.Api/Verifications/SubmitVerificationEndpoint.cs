using Hub.Api.Access;
using Hub.Contracts.Api;
using Hub.Contracts.Identity;
using Hub.Core;
using Hub.Core.Submission;
using Microsoft.Extensions.Options;

namespace Hub.Api.Verifications;

/// <summary><c>POST /api/v1/verifications</c>: validate, store with its outbox in one transaction, answer 202.</summary>
public static class SubmitVerificationEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string UserIdHeader = "X-User-Id";

    public static async Task<IResult> HandleAsync(
        HttpContext http, VerificationSubmitter submitter, IOptions<HubOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var key = http.Request.Headers[IdempotencyKeyHeader].ToString();
        if (key.Length is 0 or > 100)
            return Invalid(IdempotencyKeyHeader, "header is required, at most 100 characters");
        var userId = http.Request.Headers[UserIdHeader].ToString();
        if (userId.Length > 64) return Invalid(UserIdHeader, "header must be at most 64 characters");

        var (request, problem) = await RequestBody.ReadJsonAsync<SubmitVerificationRequest>(http.Request, MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;

        var errors = SubmissionValidator.Validate(request!, options.Value.Sources.ToHashSet(), time.Today());
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The verification request is invalid");
        if (!http.User.MayActFor(request!.Jurisdiction!))
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Jurisdiction not allowed",
                detail: "This API key may not submit verifications for that jurisdiction.",
                extensions: new Dictionary<string, object?> { ["field"] = "jurisdiction" });

        var caller = new Caller(http.User.ClientName(), userId.Length == 0 ? null : userId);
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

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The verification request is invalid");
}

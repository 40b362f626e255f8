namespace Hub.Web.Verifications;

/// <summary>Why a report that once existed cannot be served.</summary>
public static class ReportProblems
{
    /// <summary>Deleted by the retention purge; the verification's status is still there.</summary>
    public static IResult Purged(DateTimeOffset purgedAt) => Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Report purged",
        detail: "The report, the departments' records and the members' names and ID numbers of this verification were deleted " +
                $"on {purgedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC under the hub's retention policy. Its status is still available.",
        extensions: new Dictionary<string, object?> { ["purgedAt"] = purgedAt });

    /// <summary>The stored ciphertext fails its integrity check: the hub's own failure, never a department's.</summary>
    public static IResult Unreadable() => Results.Problem(statusCode: StatusCodes.Status500InternalServerError,
        title: "Stored report unreadable",
        detail: "The hub cannot decrypt its stored copy of this report: it fails the integrity check. This is the hub's fault, " +
                "not a department's; the failure is logged for its operators.");
}

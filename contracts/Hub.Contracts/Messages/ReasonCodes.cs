namespace Hub.Contracts.Messages;

/// <summary>
/// Why a source is unavailable, for machines: it tells a failure the hub caused itself from a department's.
/// The human reason beside it says the same in words; neither carries personal data.
/// </summary>
public static class ReasonCodes
{
    /// <summary>The hub's own fault: a request it could not build (text that breaks the rules), an adapter or mapping bug.</summary>
    public const string HubError = "hub_error";
    /// <summary>The department did not answer in time (attempt or total timeout, or the time left before the deadline).</summary>
    public const string DepartmentTimeout = "department_timeout";
    /// <summary>The department's circuit breaker is open after its repeated failures; it was not asked.</summary>
    public const string BreakerOpen = "breaker_open";
    /// <summary>The department answered with an error status (after any retries).</summary>
    public const string DepartmentError = "department_error";
    /// <summary>The department could not be reached (network, DNS, TLS, connection dropped).</summary>
    public const string DepartmentUnreachable = "department_unreachable";
    /// <summary>The department answered, but not in a form the adapter can trust.</summary>
    public const string AnswerUnreadable = "answer_unreadable";
    /// <summary>The verification's deadline passed before the department was asked or before it answered.</summary>
    public const string DeadlinePassed = "deadline_passed";
}

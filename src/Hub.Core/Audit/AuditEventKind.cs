namespace Hub.Core.Audit;

public static class AuditEventKind
{
    public const string RequestReceived = "request_received";
    public const string DepartmentQueried = "department_queried";
    public const string DepartmentAnswered = "department_answered";
    public const string DepartmentUnavailable = "department_unavailable";
    public const string ReportIssued = "report_issued";
    public const string ReportRead = "report_read";
    public const string OperatorAction = "operator_action";
    public const string DataPurged = "data_purged";
}

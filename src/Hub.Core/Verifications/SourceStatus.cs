namespace Hub.Core.Verifications;

public static class SourceStatus
{
    public const string Pending = "pending";
    public const string Answered = "answered";
    public const string Unavailable = "unavailable";
}

namespace Hub.Core.Protection;

/// <summary>
/// The associated data that binds each ciphertext to its column and row, so a value copied to another column or
/// another row no longer decrypts.
/// </summary>
public static class DataPurpose
{
    public static string MemberName(Guid verificationId, int position) => $"verification_members.Name:{verificationId:N}:{position}";
    public static string MemberIdNumber(Guid verificationId, int position) => $"verification_members.IdNumber:{verificationId:N}:{position}";
    public static string Records(Guid verificationId, string sourceCode) => $"source_checks.Records:{verificationId:N}:{sourceCode}";
    public static string Declarations(Guid verificationId) => $"verifications.Declarations:{verificationId:N}";
    public static string Report(Guid verificationId) => $"verifications.Report:{verificationId:N}";
    public static string ReportJws(Guid verificationId) => $"verifications.ReportJws:{verificationId:N}";
    public static string OutboxBody(Guid messageId) => $"outbox_messages.Body:{messageId:N}";
}

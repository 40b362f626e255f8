namespace Hub.Contracts.Records;

public static class CertificateStatuses
{
    /// <summary>有效.</summary>
    public const string Valid = "valid";
    /// <summary>过期: not renewed after its validity ended.</summary>
    public const string Expired = "expired";
    /// <summary>注销: cancelled (recovered, died, or re-assessed).</summary>
    public const string Cancelled = "cancelled";
}

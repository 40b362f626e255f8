namespace Hub.Contracts.Records;

public static class EnterpriseStatuses
{
    /// <summary>存续/在业.</summary>
    public const string Active = "active";
    /// <summary>吊销.</summary>
    public const string Revoked = "revoked";
    /// <summary>注销.</summary>
    public const string Deregistered = "deregistered";
}

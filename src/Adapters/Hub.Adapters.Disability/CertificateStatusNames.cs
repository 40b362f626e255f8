using Hub.Contracts.Records;

namespace Hub.Adapters.Disability;

/// <summary>The federation's certificate statuses (证件状态) as its export writes them.</summary>
public static class CertificateStatusNames
{
    public static readonly IReadOnlyDictionary<string, string> ToStatus = new Dictionary<string, string>
    {
        ["有效"] = CertificateStatuses.Valid,
        ["过期"] = CertificateStatuses.Expired,
        ["注销"] = CertificateStatuses.Cancelled,
    };
}

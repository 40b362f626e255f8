namespace Hub.Web.Access;

/// <summary>Well-known keys of the embedded demo mode; production refuses to start with any of them.</summary>
public static class DemoKeys
{
    public static readonly IReadOnlyList<(string Key, ApiClient Client)> All =
    [
        // The demo caller may have results called back on this machine only (http is allowed in the embedded run).
        ("demo-caller-key", new ApiClient { Name = "demo-caller", Role = Roles.Caller, Jurisdictions = ["*"], CallbackHosts = ["localhost"] }),
        ("demo-operator-key", new ApiClient { Name = "demo-operator", Role = Roles.Operator, Jurisdictions = ["*"] }),
        ("demo-auditor-key", new ApiClient { Name = "demo-auditor", Role = Roles.Auditor, Jurisdictions = ["*"] }),
        ("demo-custodian-tax-key", new ApiClient { Name = "demo-custodian-tax", Role = Roles.Custodian, Jurisdictions = ["*"] }),
    ];
}

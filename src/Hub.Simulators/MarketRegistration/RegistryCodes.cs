namespace Hub.Simulators.MarketRegistration;

/// <summary>The registry's role (职务) and registration status (登记状态) codes, with the names it prints beside them.</summary>
public static class RegistryCodes
{
    public const string LegalRepresentative = "10";
    /// <summary>经营者: the operator of an individual business, its counterpart of a legal representative.</summary>
    public const string Operator = "11";
    public const string Shareholder = "20";
    public const string Director = "31";
    public const string Supervisor = "32";
    public const string Manager = "33";

    public const string Existing = "1";
    public const string InBusiness = "2";
    public const string Revoked = "3";
    public const string Deregistered = "4";

    public static readonly IReadOnlyDictionary<string, string> RoleNames = new Dictionary<string, string>
    {
        [LegalRepresentative] = "法定代表人",
        [Operator] = "经营者",
        [Shareholder] = "股东",
        [Director] = "董事",
        [Supervisor] = "监事",
        [Manager] = "经理",
    };

    public static readonly IReadOnlyDictionary<string, string> StatusNames = new Dictionary<string, string>
    {
        [Existing] = "存续",
        [InBusiness] = "在业",
        [Revoked] = "吊销",
        [Deregistered] = "注销",
    };
}

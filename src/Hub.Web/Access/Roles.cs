namespace Hub.Web.Access;

public static class Roles
{
    /// <summary>A civil-affairs case system: submits and reads its own jurisdictions' verifications.</summary>
    public const string Caller = "caller";
    /// <summary>A department's data custodian: runs its adapter.</summary>
    public const string Custodian = "custodian";
    public const string Operator = "operator";
    public const string Auditor = "auditor";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Caller, Custodian, Operator, Auditor };
}

namespace Hub.Contracts.Records;

public static class EnterpriseRoles
{
    public const string LegalRepresentative = "legal_representative";
    public const string Shareholder = "shareholder";
    public const string SeniorManager = "senior_manager";
}

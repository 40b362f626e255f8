namespace Hub.Contracts.Records;

/// <summary>
/// What one department said about a household, in the hub's own vocabulary.
/// Each department fills the lists it knows about; the others stay empty.
/// </summary>
public sealed record CanonicalRecords
{
    public IReadOnlyList<IncomeRecord> Income { get; init; } = [];
    public IReadOnlyList<PropertyRecord> Properties { get; init; } = [];
    public IReadOnlyList<VehicleRecord> Vehicles { get; init; } = [];
    public IReadOnlyList<HousingFundRecord> HousingFundAccounts { get; init; } = [];
    public IReadOnlyList<BankAccountRecord> BankAccounts { get; init; } = [];
    public IReadOnlyList<WealthProductRecord> WealthProducts { get; init; } = [];
    public IReadOnlyList<LargeOutflowRecord> LargeOutflows { get; init; } = [];
    public IReadOnlyList<EnterpriseRoleRecord> EnterpriseRoles { get; init; } = [];
    public IReadOnlyList<PensionRecord> Pensions { get; init; } = [];
    public IReadOnlyList<UnemploymentBenefitRecord> UnemploymentBenefits { get; init; } = [];
    public IReadOnlyList<InsuranceContributionRecord> InsuranceContributions { get; init; } = [];
    public IReadOnlyList<RegisteredPersonRecord> RegisteredPersons { get; init; } = [];
    public IReadOnlyList<DisabilityCertificateRecord> DisabilityCertificates { get; init; } = [];
}

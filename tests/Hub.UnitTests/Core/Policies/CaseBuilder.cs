using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;

namespace Hub.UnitTests.Core.Policies;

/// <summary>
/// A household made for one rule: members by age and relation, every source answered with nothing in it, then the few
/// records the rule is about. Days are counted from <see cref="ScenarioHouseholds.Today"/>.
/// </summary>
internal sealed class CaseBuilder
{
    private static DateOnly Today => ScenarioHouseholds.Today;

    private readonly List<MemberFacts> members = [];
    private readonly Dictionary<string, CanonicalRecords?> records =
        ScenarioHouseholds.AllSources.ToDictionary(s => s, _ => (CanonicalRecords?)new CanonicalRecords());
    private string residence = "urban";
    private DateOnly? recipientSince;
    private DeclaredExpenses? expenses;

    public CaseBuilder Member(int age, string relation = "applicant", int? disabilityGrade = null, bool seriousIllness = false, string? employment = null)
    {
        members.Add(new MemberFacts(members.Count, relation, Today.AddYears(-age).AddDays(-10), disabilityGrade, seriousIllness, employment));
        return this;
    }

    public CaseBuilder Rural() { residence = "rural"; return this; }

    public CaseBuilder Recipient(DateOnly since) { recipientSince = since; return this; }

    public CaseBuilder Expenses(decimal medical, decimal education = 0) { expenses = new DeclaredExpenses(medical, education); return this; }

    public CaseBuilder Without(string source) { records[source] = null; return this; }

    /// <summary>The same amount of one tax category in each of the last <paramref name="months"/> full months.</summary>
    public CaseBuilder Earns(int position, decimal monthly, int months = 12, string category = IncomeCategories.Wages) =>
        Add(HouseholdMetricSources.Tax, r => r with
        {
            Income = [.. r.Income, .. Enumerable.Range(1, months).Select(m =>
                new IncomeRecord(position, category, new DateOnly(Today.Year, Today.Month, 1).AddMonths(-m).ToString("yyyy-MM"), monthly, "某公司"))],
        });

    public CaseBuilder Pension(int position, decimal monthly, string scheme = PensionSchemes.UrbanEmployee) =>
        Add(HouseholdMetricSources.SocialInsurance, r => r with
        {
            Pensions = [.. r.Pensions, new PensionRecord(position, scheme, BenefitStatuses.Paying, monthly, new DateOnly(2015, 1, 1), "某社会保险事业中心")],
        });

    public CaseBuilder UnemploymentBenefit(int position, decimal monthly) =>
        Add(HouseholdMetricSources.SocialInsurance, r => r with
        {
            UnemploymentBenefits = [.. r.UnemploymentBenefits,
                new UnemploymentBenefitRecord(position, BenefitStatuses.Paying, monthly, Today.AddMonths(-2), Today.AddMonths(10), "某社会保险事业中心")],
        });

    public CaseBuilder Certificate(int position, int grade, string status = CertificateStatuses.Valid) =>
        Add(HouseholdMetricSources.Disability, r => r with
        {
            DisabilityCertificates = [.. r.DisabilityCertificates,
                new DisabilityCertificateRecord(position, "****0001", DisabilityCategories.Physical, grade, status, Today.AddYears(-3), Today.AddYears(5))],
        });

    public CaseBuilder Vehicle(int position, string type, decimal value, string use) =>
        Add(HouseholdMetricSources.Vehicle, r => r with
        {
            Vehicles = [.. r.Vehicles, new VehicleRecord(position, $"鲁R{r.Vehicles.Count:D5}", type, new DateOnly(2019, 3, 1), value, use)],
        });

    public CaseBuilder HousingFund(int position, decimal monthlyContribution, decimal balance, string status = HousingFundStatuses.Active) =>
        Add(HouseholdMetricSources.HousingFund, r => r with
        {
            HousingFundAccounts = [.. r.HousingFundAccounts, new HousingFundRecord(position, status, "某建筑工程有限公司", monthlyContribution, balance)],
        });

    public CaseBuilder Deposit(int position, decimal balance) =>
        Add(HouseholdMetricSources.Bank, r => r with
        {
            BankAccounts = [.. r.BankAccounts, new BankAccountRecord(position, "某农村商业银行", "****0001", BankAccountTypes.Current, balance)],
        });

    public HouseholdCase Build() => new(members, records, residence, Today, recipientSince, expenses);

    private CaseBuilder Add(string source, Func<CanonicalRecords, CanonicalRecords> change)
    {
        records[source] = change(records[source] ?? new CanonicalRecords());
        return this;
    }
}

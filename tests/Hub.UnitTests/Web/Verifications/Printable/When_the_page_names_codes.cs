using System.Reflection;
using System.Text.Json;
using Hub.Web.Verifications.Printable;
using Hub.Web.Verifications.Printable.Records;
using Hub.Contracts.Api;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Simulators.Scenarios;
using Hub.Core.Catalog;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using Hub.Core.Reports;
using Hub.UnitTests.Core.Policies;

namespace Hub.UnitTests.Web.Verifications.Printable;

/// <summary>
/// Every code the packs, the policy engine, the report and the departments' records can carry has Chinese words on the
/// page. A code a word table does not know still prints, as English words (<see cref="Vocabulary"/>): this is what
/// keeps a new rule, conclusion or record kind from reaching a case file that way.
/// </summary>
public sealed class When_the_page_names_codes
{
    private static readonly PolicyCatalog Catalog = PolicyCatalog.Load();

    [Fact]
    public void Every_finding_the_packs_and_the_engine_give_has_a_chinese_name_and_unit()
    {
        var findings = Catalog.Packs.SelectMany(pack => Evaluate(pack).Findings).Append(Composition()).ToList();

        Assert.Contains(findings, f => f.Rule == SinglePersonHousehold.RuleId);
        Assert.Equal(Catalog.Packs.SelectMany(p => p.Rules.Select(r => r.Id)).Append(SinglePersonHousehold.RuleId).Append(HouseholdComposition.Rule)
            .ToHashSet(), findings.Select(f => f.Rule).ToHashSet());
        Assert.All(findings, f =>
        {
            AssertChinese(RuleWords.Names[f.Rule], f.Rule);
            if (f.Unit is { } unit) AssertChinese(HouseholdMetricWords.Units[unit], unit);
            if (f.Comparison is { } comparison) AssertChinese(RuleWords.Comparisons[comparison], comparison);
        });
    }

    [Fact]
    public void Every_sample_value_of_every_pack_is_described_in_chinese()
    {
        var paths = Catalog.Packs.SelectMany(pack => Evaluate(pack).Policy.SampleParameters).Distinct().ToList();

        Assert.Contains("$.rules[?@.id=='vehicles'].limit", paths);
        Assert.Contains(paths, p => p.StartsWith("$.deductions[?@.kind=='employment_cost']", StringComparison.Ordinal));
        Assert.All(paths, path => AssertChinese(PolicyPathWords.Describe(path), path));
    }

    [Fact]
    public void Every_status_outcome_check_and_conclusion_has_chinese_words()
    {
        AssertAll(StatusWords.Conclusions, Codes(typeof(Conclusions)));
        AssertAll(StatusWords.Outcomes, Codes(typeof(FindingOutcomes)));
        AssertAll(StatusWords.Declarations, Codes(typeof(DeclarationChecks)));
        AssertAll(StatusWords.Reasons, Codes(typeof(ReasonCodes)));
        AssertAll(StatusWords.Sources, ["answered", "unavailable", "pending"]);
        AssertAll(StatusWords.Verifications, ["completed", "partial", "cancelled"]);
    }

    [Fact]
    public void Every_metric_source_and_household_word_has_chinese_words()
    {
        var metrics = ScenarioHouseholds.Compute(Scenario.Eligible, Catalog.Get("371700", "minimum_living").HouseholdMetricsSettings).All;

        AssertAll(HouseholdMetricWords.Names, Codes(typeof(HouseholdMetricNames)));
        Assert.Equal(Codes(typeof(HouseholdMetricNames)).Order(), metrics.Select(m => m.Name).Order());
        AssertAll(HouseholdMetricWords.Units, metrics.Select(m => m.Unit));
        AssertAll(SourceWords.Names, HouseholdMetricSources.All);
        AssertAll(HouseholdWords.AssistanceTypes, HubCatalog.AssistanceTypes);
        AssertAll(HouseholdWords.Residences, HubCatalog.Residences);
        AssertAll(HouseholdWords.Relations, HubCatalog.Relations);
        AssertAll(HouseholdWords.Employments, Employments.All);
    }

    [Fact]
    public void Every_code_of_the_departments_records_has_chinese_words()
    {
        AssertAll(IncomeTable.Categories, IncomeCategories.All);
        AssertAll(PensionTable.Schemes, Codes(typeof(PensionSchemes)));
        AssertAll(BenefitWords.Statuses, Codes(typeof(BenefitStatuses)));
        AssertAll(InsuranceContributionTable.Insurances, Codes(typeof(InsuranceKinds)));
        AssertAll(InsuranceContributionTable.Statuses, Codes(typeof(ContributionStatuses)));
        AssertAll(PropertyTable.Uses, Codes(typeof(PropertyUses)));
        AssertAll(PropertyTable.ShareBases, Codes(typeof(PropertyShareBases)));
        AssertAll(VehicleTable.Types, Codes(typeof(VehicleTypes)));
        AssertAll(VehicleTable.Uses, VehicleUses.All);
        AssertAll(HousingFundTable.Statuses, Codes(typeof(HousingFundStatuses)));
        AssertAll(BankAccountTable.Types, Codes(typeof(BankAccountTypes)));
        AssertAll(WealthProductTable.Types, Codes(typeof(WealthProductTypes)));
        AssertAll(EnterpriseRoleTable.Roles, Codes(typeof(EnterpriseRoles)));
        AssertAll(EnterpriseRoleTable.Statuses, Codes(typeof(EnterpriseStatuses)));
        AssertAll(RegisteredPersonTable.Relations, Codes(typeof(RegistryRelations)));
        AssertAll(RegisteredPersonTable.Statuses, Codes(typeof(RegistrationStatuses)));
        AssertAll(DisabilityCertificateTable.Categories, Codes(typeof(DisabilityCategories)));
        AssertAll(DisabilityCertificateTable.Statuses, Codes(typeof(CertificateStatuses)));
    }

    [Fact]
    public void Every_list_of_records_has_a_table()
    {
        var lists = typeof(CanonicalRecords).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.Equal(lists.Order(), RecordTables.All.Select(t => t.Collection).Order());
        Assert.All(RecordTables.All, t => AssertChinese(t.Title, t.Collection));
    }

    /// <summary>
    /// A household that gives every kind of finding: in a pack with 单人户 the applicant's declared 一级 disability asks for
    /// it; a spouse earning and a pension give the income rules something to weigh.
    /// </summary>
    private static PolicyEvaluation Evaluate(PolicyPack pack) =>
        ScenarioHouseholds.Evaluate(pack, new CaseBuilder().Member(52, disabilityGrade: 1).Member(50, "spouse", employment: Employments.Employed)
            .Earns(1, 1_000m).Pension(0, 300m).Certificate(0, 1).Build());

    private static ReportFinding Composition() =>
        HouseholdComposition.Judge([new MemberFacts(0, HubCatalog.Applicant, new DateOnly(1970, 1, 1))], new Dictionary<string, CanonicalRecords?>(), "371700");

    private static IReadOnlyList<string> Codes(Type constants) =>
        constants.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!).ToList();

    private static void AssertAll(Vocabulary words, IEnumerable<string> codes) => Assert.All(codes, code => AssertChinese(words[code], code));

    /// <summary>An unknown code reads as English words: Chinese words have no Latin letters.</summary>
    private static void AssertChinese(string words, string code) =>
        Assert.False(words.Any(char.IsAsciiLetter), $"{code} reads as \"{words}\" on the page.");
}

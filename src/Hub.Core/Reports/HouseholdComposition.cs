using System.Globalization;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.Catalog;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;

namespace Hub.Core.Reports;

/// <summary>
/// Compares the declared members with the household register (finding <c>household_composition</c>): a declared
/// member deceased, or not registered in the applicant's household (moved out, registered elsewhere, unknown), and a
/// person registered there whom the household did not declare. Any of them is for the caseworker to clear up
/// (needs_review, with the reason); the register alone does not say who lives together.
/// </summary>
public static class HouseholdComposition
{
    public const string Rule = "household_composition";
    private const string Description = "申报的家庭成员与户籍登记一致：无已死亡注销、未在申请人户内登记或户内在册而未申报的人员";

    public static ReportFinding Judge(IReadOnlyList<MemberFacts> members, IReadOnlyDictionary<string, CanonicalRecords?> records, string jurisdiction)
    {
        var cite = RegistryCites.ByJurisdiction.GetValueOrDefault(jurisdiction);
        if (records.GetValueOrDefault(HouseholdMetricSources.HouseholdRegistration) is not { } registry)
            return new ReportFinding(Rule, Description, null, 0, "=", FindingOutcomes.NotEvaluated, [HouseholdMetricSources.HouseholdRegistration],
                "persons", cite, "户籍来源未答复");

        var persons = registry.RegisteredPersons;
        var applicant = members.FirstOrDefault(m => m.Relation == HubCatalog.Applicant) ?? members[0];
        var home = persons.FirstOrDefault(p => p.MemberPosition == applicant.Position && p.Status == RegistrationStatuses.Registered)?.Household;
        var problems = members.Select(m => Problem(m.Position, persons.Where(p => p.MemberPosition == m.Position).ToList(), home))
            .OfType<string>().ToList();
        problems.AddRange(persons.Where(p => p.MemberPosition is null && p.Household == home && p.Status == RegistrationStatuses.Registered)
            .Select(p => $"申请人户内另有在册人员{p.NameMasked}（{p.IdNumberMasked}）未申报"));

        return new ReportFinding(Rule, Description, problems.Count, 0, "=",
            problems.Count == 0 ? FindingOutcomes.Pass : FindingOutcomes.NeedsReview, [HouseholdMetricSources.HouseholdRegistration], "persons", cite,
            problems.Count == 0 ? $"申报的{members.Count}名成员均在申请人户内登记，户内无其他在册人员" : string.Join("；", problems));
    }

    /// <summary>The conclusion with this finding taken in: anything for the caseworker to clear up makes it needs_review.</summary>
    public static string Conclude(string conclusion, ReportFinding composition) =>
        composition.Outcome == FindingOutcomes.Pass ? conclusion : Conclusions.NeedsReview;

    private static string? Problem(int position, List<RegisteredPersonRecord> entries, int? home)
    {
        var member = PolicyText.Member(position);
        if (entries.FirstOrDefault(e => e.Status == RegistrationStatuses.Deceased) is { } death)
            return $"{member}户籍已于{Day(death.StatusOn)}死亡注销";
        if (entries.Any(e => e.Household == home && e.Status == RegistrationStatuses.Registered)) return null;
        if (entries.FirstOrDefault(e => e.Status == RegistrationStatuses.MovedOut) is { } move)
            return $"{member}已于{Day(move.StatusOn)}迁出" + (entries.Any(e => e.Status == RegistrationStatuses.Registered) ? "，现登记在另一户" : "");
        return entries.Count > 0 ? $"{member}登记在另一户，未与申请人同户" : $"户籍登记中未查到{member}";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

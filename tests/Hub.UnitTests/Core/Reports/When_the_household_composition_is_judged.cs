using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Reports;

namespace Hub.UnitTests.Core.Reports;

public sealed class When_the_household_composition_is_judged
{
    private static readonly MemberFacts[] Couple =
        [new(0, "spouse", new DateOnly(1972, 5, 1)), new(1, "applicant", new DateOnly(1970, 3, 1))];

    private static Dictionary<string, CanonicalRecords?> Registry(params RegisteredPersonRecord[] persons) =>
        new() { [HouseholdMetricSources.HouseholdRegistration] = new CanonicalRecords { RegisteredPersons = persons } };

    private static RegisteredPersonRecord Registered(int household, int position) =>
        new(household, position, null, null, RegistryRelations.Head, RegistrationStatuses.Registered, new DateOnly(1995, 1, 1));

    [Fact]
    public void Without_the_register_the_composition_is_not_evaluated_and_the_report_needs_review()
    {
        var finding = HouseholdComposition.Judge(Couple, new Dictionary<string, CanonicalRecords?> { [HouseholdMetricSources.HouseholdRegistration] = null }, "371700");

        Assert.Equal(FindingOutcomes.NotEvaluated, finding.Outcome);
        Assert.Equal(Conclusions.NeedsReview, HouseholdComposition.Conclude(Conclusions.MeetsCriteria, finding));
    }

    [Fact]
    public void A_spouse_registered_in_another_household_is_named_against_the_applicants_household()
    {
        var finding = HouseholdComposition.Judge(Couple, Registry(Registered(1, 0), Registered(2, 1)), "410423");

        Assert.Equal(FindingOutcomes.NeedsReview, finding.Outcome);
        Assert.Equal("成员1登记在另一户，未与申请人同户", finding.Reason);
        Assert.StartsWith("二（六）20：民政部门可以通过相关部门和机构依法依规查询社会救助家庭及其家庭相关成员的户籍", finding.Cite);
    }

    [Fact]
    public void A_member_the_register_does_not_know_is_named()
    {
        var finding = HouseholdComposition.Judge(Couple, Registry(Registered(1, 1)), "370321");

        Assert.Equal("户籍登记中未查到成员1", finding.Reason);
        Assert.Null(finding.Cite);
    }

    [Fact]
    public void A_member_who_moved_out_into_another_household_is_named_with_the_date()
    {
        var moved = Registered(1, 0) with { Status = RegistrationStatuses.MovedOut, StatusOn = new DateOnly(2024, 9, 1) };

        var finding = HouseholdComposition.Judge(Couple, Registry(moved, Registered(1, 1), Registered(2, 0)), "510000");

        Assert.Equal("成员1已于2024-09-01迁出，现登记在另一户", finding.Reason);
    }

    [Fact]
    public void Undeclared_people_outside_the_applicants_household_and_former_residents_are_not_counted()
    {
        var stranger = new RegisteredPersonRecord(2, null, "王*", "371702********1234", RegistryRelations.Spouse, RegistrationStatuses.Registered, new DateOnly(2001, 1, 1));
        var former = new RegisteredPersonRecord(1, null, "李*", "371702********5678", RegistryRelations.Parent, RegistrationStatuses.Deceased, new DateOnly(2019, 1, 1));

        var finding = HouseholdComposition.Judge(Couple, Registry(Registered(1, 0), Registered(1, 1), stranger, former), "371100");

        Assert.Equal((FindingOutcomes.Pass, 0m), (finding.Outcome, finding.Value));
        Assert.Equal(Conclusions.ExceedsCriteria, HouseholdComposition.Conclude(Conclusions.ExceedsCriteria, finding));
    }
}

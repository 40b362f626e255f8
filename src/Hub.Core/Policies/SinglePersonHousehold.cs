using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>
/// 单人户: which members the request asks to assess as households of one, whether the records and the household's
/// income allow it, and the finding that says so. Only packs with <see cref="PolicyPack.SinglePerson"/> separate anyone.
/// </summary>
public sealed record SinglePersonHousehold(IReadOnlyList<SeparatedMember> Separated, ReportFinding? Finding)
{
    public const string RuleId = "single_person_household";

    public static readonly SinglePersonHousehold None = new([], null);

    public static SinglePersonHousehold Decide(
        PolicyPack pack, HouseholdCase household, MemberConditions conditions, IncomeSheet income, PolicyParameter standard)
    {
        if (pack.SinglePerson is not { } rule) return None;
        // Declaring a severe grade or an illness is the member's application (根据本人申请); a milder grade is information only.
        var severe = (int)pack.WorkAbility.SevereDisabilityMaxGrade.Value;
        var asked = household.Members.Where(m => m.DisabilityGrade <= severe || m.SeriousIllness).ToList();
        if (asked.Count == 0) return None;

        var multiple = rule.HouseholdIncomeMultiple;
        var threshold = Money(standard.Value * multiple.Value);
        var description = $"单人户：申请家庭为低收入家庭（家庭月人均收入低于{Place(household.Residence)}低保标准{Number(standard.Value)}元×{Number(multiple.Value)}），"
            + "重度残疾或重病成员单独核算" + (standard.Sample || multiple.Sample ? SampleMark : "");
        var eligible = asked.Where(m => m.SeriousIllness || conditions.SeverelyDisabled(m.Position)).ToList();
        var refused = asked.Except(eligible).Select(m => $"{Member(m.Position)}：{Detail(conditions, m.Position)}，不按单人户核算").ToList();
        var separated = eligible.Select(m => new SeparatedMember(m.Position, Reason(conditions, m),
            conditions.Doubts(m.Position).Any() ? DeclarationChecks.Unverifiable : DeclarationChecks.Confirmed)).ToList();

        var everyone = household.Members.Select(m => m.Position).ToHashSet();
        if (income.MonthlyTotal(everyone) is not { } total)
            return new SinglePersonHousehold([], Finding(FindingOutcomes.NotEvaluated, null, "收入来源未答复，无法判断是否为低收入家庭"));
        var perCapita = Money(total / household.Members.Count);
        if (perCapita >= threshold)
            return new SinglePersonHousehold([], Finding(FindingOutcomes.Fail, perCapita,
                $"家庭月人均收入{Number(perCapita)}元不低于{Number(threshold)}元，不属于低收入家庭，成员不单独核算"));

        var doubts = separated.Where(s => s.Check != DeclarationChecks.Confirmed).Select(s => $"{Member(s.Position)}：{Detail(conditions, s.Position)}");
        var notes = refused.Concat(doubts).ToList();
        var done = separated.Count > 0 ? $"{Members(separated.Select(s => s.Position))}按单人户核算" : "无成员按单人户核算";
        return new SinglePersonHousehold(separated, Finding(notes.Count == 0 ? FindingOutcomes.Pass : FindingOutcomes.NeedsReview, perCapita,
            string.Join("；", notes.Prepend(done))));

        ReportFinding Finding(string outcome, decimal? value, string reason) =>
            new(RuleId, description, value, threshold, "<", outcome, income.Sources, "CNY/month", rule.Cite, reason);
    }

    private static string Reason(MemberConditions conditions, MemberFacts member) =>
        conditions.SeverelyDisabled(member.Position) ? $"重度残疾（{MemberConditions.Grade(conditions.GradeOf(member.Position)!.Value)}）" : "重病";

    private static string Detail(MemberConditions conditions, int position) =>
        string.Join("；", conditions.Checks.Where(c => c.Position == position).Select(c => $"声明{c.Declared}，{c.Detail}"));
}

using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>
/// The 特困 conditions a hub can check from data (《社会救助暂行办法》第十四条): the applicant unable to work, no member able
/// to work earning, and no one bound to support the applicant able to. Where the data cannot decide, the finding is
/// needs_review with the reason; the office decides.
/// </summary>
internal sealed class ExtremePovertyRules(PolicyPack pack, HouseholdCase household, MemberConditions conditions, IncomeSheet income)
{
    /// <summary>Relations that owe support by law (配偶, 子女, 父母); grandparents and grandchildren owe it only in narrower cases.</summary>
    private static readonly HashSet<string> Obligors = ["spouse", "child", "parent"];

    public ReportFinding ApplicantUnableToWork(PolicyRule rule)
    {
        var ability = pack.WorkAbility;
        var applicant = household.Applicant;
        var age = applicant.AgeOn(household.Today);
        var description = $"申请人无劳动能力：{Number(ability.WorkingUntil.Value)}周岁以上、未满{Number(ability.MinorUnder.Value)}周岁，"
            + $"或重度残疾（{MemberConditions.Grade((int)ability.SevereDisabilityMaxGrade.Value)}及以上）";
        ReportFinding Finding(string outcome, string reason, IReadOnlyList<string> sources) =>
            new(rule.Id, description, age, null, null, outcome, sources, "years", rule.Cite, reason);

        if (conditions.IsElderly(applicant))
            return Finding(FindingOutcomes.Pass, $"申请人{age}周岁，已满{Number(ability.WorkingUntil.Value)}周岁", []);
        if (conditions.IsMinor(applicant))
            return Finding(FindingOutcomes.Pass, $"申请人{age}周岁，未满{Number(ability.MinorUnder.Value)}周岁"
                + (ability.MinorUnder.Cite is { } cite ? $"（{cite}）" : SampleMark), []);
        var doubts = conditions.Doubts(applicant.Position).Select(c => $"申报{c.Declared}：{c.Detail}").ToList();
        if (conditions.SeverelyDisabledOnRecord(applicant.Position))
            return Finding(FindingOutcomes.Pass,
                $"残联记录：{MemberConditions.Grade(conditions.GradeOf(applicant.Position)!.Value)}残疾", [HouseholdMetricSources.Disability]);
        if (doubts.Count > 0) return Finding(FindingOutcomes.NeedsReview, string.Join("；", doubts), []);
        return Finding(FindingOutcomes.NeedsReview,
            $"申请人{age}周岁，处于劳动年龄，记录中无重度残疾，也未申报重病：是否无劳动能力须由经办机构认定", []);
    }

    public ReportFinding NoAbleMemberWithIncome(PolicyRule rule)
    {
        const string description = "没有有劳动能力且有劳动收入（工资薪金、劳务报酬、经营所得）的成员";
        if (income.Lines is null)
            return new ReportFinding(rule.Id, description, null, 0, "<=", FindingOutcomes.NotEvaluated, income.Sources, "persons", rule.Cite);
        var earning = household.Members.Where(conditions.AbleToWork)
            .Select(m => (m.Position, Earned: income.MonthlyOf(m.Position, IncomeKinds.Earnings)!.Value))
            .Where(m => m.Earned > 0).ToList();
        var reason = earning.Count == 0
            ? "有劳动能力的成员均无劳动收入记录"
            : string.Join("；", earning.Select(e => $"{Member(e.Position)}有劳动能力，月均劳动收入{Number(e.Earned)}元"));
        return new ReportFinding(rule.Id, description, earning.Count, 0, "<=",
            earning.Count == 0 ? FindingOutcomes.Pass : FindingOutcomes.Fail, income.Sources, "persons", rule.Cite, reason);
    }

    public ReportFinding ObligorSupport(PolicyRule rule, PolicyParameter standard)
    {
        var multiplier = rule.Multiplier!;
        var threshold = Money(standard.Value * multiplier.Value);
        var description = $"法定赡养、抚养、扶养义务人（配偶、子女、父母）无赡养、抚养、扶养能力：月收入低于{Place(household.Residence)}低保标准"
            + $"{Number(standard.Value)}元×{Number(multiplier.Value)}" + (standard.Sample || multiplier.Sample ? SampleMark : "");
        ReportFinding Finding(string outcome, decimal? value, string? reason) =>
            new(rule.Id, description, value, threshold, "<", outcome, income.Sources, "CNY/month", rule.Cite, reason);

        var obligors = household.Members.Where(m => m.Position != household.Applicant.Position && Obligors.Contains(m.Relation)
            && !(m.Relation == "child" && conditions.IsMinor(m))).ToList();
        if (obligors.Count == 0)
            return new ReportFinding(rule.Id, description, null, threshold, "<", FindingOutcomes.NeedsReview, [], "CNY/month", rule.Cite,
                "申请家庭未列出配偶、成年子女或父母：是否有法定义务人及其有无赡养、抚养、扶养能力，须由经办机构核实");
        if (income.Lines is null) return Finding(FindingOutcomes.NotEvaluated, null, null);

        var incomes = obligors.Select(m => (m.Position, Monthly: income.MonthlyOf(m.Position)!.Value)).ToList();
        var able = incomes.Where(o => o.Monthly >= threshold).ToList();
        var listed = string.Join("；", incomes.Select(o => $"{Member(o.Position)}月收入{Number(o.Monthly)}元"));
        return able.Count > 0
            ? Finding(FindingOutcomes.Fail, incomes.Max(o => o.Monthly), $"{listed}：{Members(able.Select(o => o.Position))}有赡养、抚养、扶养能力")
            : Finding(FindingOutcomes.Pass, incomes.Max(o => o.Monthly), $"{listed}；未列出的义务人须由经办机构核实");
    }
}

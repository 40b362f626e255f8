using Hub.Contracts.Api;
using Hub.Core.HouseholdMetrics;
using static Hub.Core.Policies.PolicyText;

namespace Hub.Core.Policies;

/// <summary>Judges a household against a policy pack.</summary>
public static class PolicyEngine
{
    /// <param name="metrics">The household metrics (<see cref="HouseholdMetricsCalculator"/>) computed with the pack's settings.</param>
    /// <param name="unavailableSources">Sources whose records the hub does not have (failed, timed out or not asked).
    /// Any of them makes the conclusion needs_review; rules resting on them are not evaluated.</param>
    public static PolicyEvaluation Evaluate(
        PolicyPack pack, HouseholdCase household, HouseholdMetricSet metrics, IReadOnlyCollection<string> unavailableSources)
    {
        if (household.Residence is not (Urban or Rural))
            throw new ArgumentException($"Unknown residence '{household.Residence}'.", nameof(household));
        var standard = household.Residence == Urban ? pack.Standards.UrbanMonthly : pack.Standards.RuralMonthly;
        var conditions = new MemberConditions(household, pack.WorkAbility);
        var sheet = IncomeSheet.From(household.Records, pack.HouseholdMetricsSettings, household.Today);
        var single = SinglePersonHousehold.Decide(pack, household, conditions, sheet, standard);
        var income = IncomeAssessment.Compute(pack, household, sheet, single.Separated);
        var poverty = new ExtremePovertyRules(pack, household, conditions, sheet);

        var findings = pack.Rules.Select(rule => rule.Kind switch
        {
            RuleKinds.IncomePerCapita => IncomeFinding(rule, income, sheet, standard, household.Residence),
            RuleKinds.ApplicantUnableToWork => poverty.ApplicantUnableToWork(rule),
            RuleKinds.NoAbleMemberWithIncome => poverty.NoAbleMemberWithIncome(rule),
            RuleKinds.ObligorSupport => poverty.ObligorSupport(rule, standard),
            RuleKinds.HousingFundIncomeConsistency => HousingFundIncomeRule.Judge(rule, household, pack.HouseholdMetricsSettings.IncomeMonths),
            _ => ThresholdRule.Judge(rule, standard, household.Residence, metrics.Named(RuleKinds.Metric[rule.Kind])),
        }).ToList();
        if (single.Finding is { } separation) findings.Insert(0, separation);
        findings = findings.Select(f => f.Outcome != FindingOutcomes.NotEvaluated && f.Sources.Any(unavailableSources.Contains)
            ? f with { Value = null, Outcome = FindingOutcomes.NotEvaluated, Reason = "所依据的来源未答复" }
            : f).ToList();
        // The office must be able to trace an adverse finding to the department that reported it.
        if (findings.FirstOrDefault(f => f.Outcome == FindingOutcomes.Fail && f.Sources.Count == 0) is { } unsourced)
            throw new InvalidOperationException($"Rule {unsourced.Rule} failed without a source to cite.");

        var graduation = GraduationPeriod.Decide(pack, household, income, standard);
        // A household too well-off to have a member assessed alone is judged by its other rules: that refusal is not a
        // criterion it fails, and must neither make it exceed the criteria nor take away its 渐退期.
        var failed = findings.Where(f => f.Outcome == FindingOutcomes.Fail && f.Rule != SinglePersonHousehold.RuleId).ToList();
        var incomeOnly = failed.All(f => pack.Rules.Any(r => r.Id == f.Rule && r.Kind == RuleKinds.IncomePerCapita));
        if (!incomeOnly) graduation = null;
        var conclusion =
            unavailableSources.Count > 0 || findings.Any(f => f.Outcome is FindingOutcomes.NotEvaluated or FindingOutcomes.NeedsReview)
                ? Conclusions.NeedsReview
            : failed.Count == 0 ? Conclusions.MeetsCriteria
            : graduation is not null ? Conclusions.Graduating
            : Conclusions.ExceedsCriteria;
        return new PolicyEvaluation(income, conditions.Checks, findings, conclusion,
            RecheckCycle.Decide(pack, household, conditions, sheet), graduation, PolicyFigures.Applied(pack, household.Residence, standard));
    }

    /// <summary>The income test: net income per person strictly below (低于) the standard × multiplier.</summary>
    private static ReportFinding IncomeFinding(PolicyRule rule, IncomeComputation income, IncomeSheet sheet, PolicyParameter standard, string residence)
    {
        var multiplier = PolicyFigures.IncomeMultiplier(rule, residence)!;
        var threshold = Money(standard.Value * multiplier.Value);
        var subject = income.SeparatedMembers.Count > 0 ? "单人户成员月收入（各自核算，取最高者）" : "家庭月人均收入";
        var net = income.Deductions.Count > 0 ? "（扣除" + string.Join("、", income.Deductions.Select(d => d.Label)) + "后）" : "";
        var description = $"{subject}{net}低于{Place(residence)}低保标准{Number(standard.Value)}元"
            + (multiplier.Value == 1 ? "" : $"×{Number(multiplier.Value)}") + (standard.Sample || multiplier.Sample ? SampleMark : "");
        if (income.NetMonthlyPerCapitaCny is not { } value)
            return new ReportFinding(rule.Id, description, null, threshold, "<", FindingOutcomes.NotEvaluated, sheet.Sources, "CNY/month", multiplier.Cite);
        var reason = $"月收入合计{Number(income.GrossMonthlyCny!.Value)}元"
            + (income.Deductions.Count > 0 ? $"，扣除{Number(income.Deductions.Sum(d => d.MonthlyCny))}元后{Number(income.NetMonthlyCny!.Value)}元" : "")
            + $"，核算{income.AssessedMembers.Count}人";
        return new ReportFinding(rule.Id, description, value, threshold, "<",
            value < threshold ? FindingOutcomes.Pass : FindingOutcomes.Fail, sheet.Sources, "CNY/month", multiplier.Cite, reason);
    }
}

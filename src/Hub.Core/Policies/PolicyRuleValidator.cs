namespace Hub.Core.Policies;

/// <summary>Checks one rule of a pack: its kind, and that it carries exactly the parameters its kind takes.</summary>
internal static class PolicyRuleValidator
{
    /// <summary>Multipliers of the 低保 standard the seeds use lie between 1 and 2; 3 leaves room without admitting typos.</summary>
    public const decimal MaxIncomeMultiplier = 3m;
    private const decimal MaxAssetMultiple = 100m;

    private static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        [RuleKinds.IncomePerCapita] = ["multiplier", "urbanMultiplier", "ruralMultiplier"],
        [RuleKinds.FinancialAssetsPerCapita] = ["annualStandardMultiple", "limit"],
        [RuleKinds.ApplicantUnableToWork] = [],
        [RuleKinds.NoAbleMemberWithIncome] = [],
        [RuleKinds.ObligorSupport] = ["multiplier"],
        [RuleKinds.HousingFundIncomeConsistency] = ["contributionRate", "minShare"],
    };

    /// <summary>Conditions rather than thresholds: they quote the sentence they apply.</summary>
    private static readonly HashSet<string> Conditions = [RuleKinds.ApplicantUnableToWork, RuleKinds.NoAbleMemberWithIncome, RuleKinds.ObligorSupport];

    public static void Validate(PolicyPack pack, PolicyRule rule, string path, int index, PolicyChecks check)
    {
        check.Required(rule.Id, path + ".id");
        if (pack.Rules.Take(index).Any(r => r.Id == rule.Id)) check.Fail(path + ".id", $"duplicate rule id '{rule.Id}'");
        if (!RuleKinds.All.Contains(rule.Kind)) check.Fail(path + ".kind", $"unknown rule kind '{rule.Kind}'");
        var allowed = Allowed.GetValueOrDefault(rule.Kind, ["limit"]);
        var given = new (string Name, PolicyParameter? Value)[]
        {
            ("multiplier", rule.Multiplier), ("urbanMultiplier", rule.UrbanMultiplier), ("ruralMultiplier", rule.RuralMultiplier),
            ("annualStandardMultiple", rule.AnnualStandardMultiple), ("limit", rule.Limit),
            ("contributionRate", rule.ContributionRate), ("minShare", rule.MinShare),
        };
        foreach (var (name, value) in given)
            if (value is not null && !allowed.Contains(name)) check.Fail($"{path}.{name}", $"does not apply to a {rule.Kind} rule");
        if (Conditions.Contains(rule.Kind)) check.Required(rule.Cite, path + ".cite");
        else if (rule.Cite is not null) check.Fail(path + ".cite", $"a {rule.Kind} rule cites through its parameters");
        if (pack.AssistanceType != "extreme_poverty" && Conditions.Contains(rule.Kind))
            check.Fail(path + ".kind", $"a {rule.Kind} rule belongs to an extreme_poverty pack");

        switch (rule.Kind)
        {
            case RuleKinds.IncomePerCapita:
                if (rule.Multiplier is { } both)
                {
                    if (rule.UrbanMultiplier is not null || rule.RuralMultiplier is not null)
                        check.Fail(path + ".multiplier", "give either multiplier or urbanMultiplier and ruralMultiplier, not both");
                    check.InRange(both, path + ".multiplier", 1m, MaxIncomeMultiplier);
                }
                else
                {
                    check.InRange(rule.UrbanMultiplier ?? check.Missing(path + ".urbanMultiplier"), path + ".urbanMultiplier", 1m, MaxIncomeMultiplier);
                    check.InRange(rule.RuralMultiplier ?? check.Missing(path + ".ruralMultiplier"), path + ".ruralMultiplier", 1m, MaxIncomeMultiplier);
                }
                break;
            case RuleKinds.ObligorSupport:
                check.InRange(rule.Multiplier ?? check.Missing(path + ".multiplier"), path + ".multiplier", 1m, 10m);
                break;
            case RuleKinds.HousingFundIncomeConsistency:
                // The legal combined rate is 10–24 %; 2 % leaves room for a local minimum (5 % + 5 %) without admitting typos.
                check.InRange(rule.ContributionRate ?? check.Missing(path + ".contributionRate"), path + ".contributionRate", 0.02m, 0.24m);
                check.InRange(rule.MinShare ?? check.Missing(path + ".minShare"), path + ".minShare", 0.01m, 1m);
                break;
            case RuleKinds.FinancialAssetsPerCapita:
                if (rule.AnnualStandardMultiple is { } multiple)
                {
                    if (rule.Limit is not null) check.Fail(path + ".limit", "give either annualStandardMultiple or limit, not both");
                    check.InRange(multiple, path + ".annualStandardMultiple", 0m, MaxAssetMultiple);
                    if (multiple.Value == 0) check.Fail(path + ".annualStandardMultiple.value", "must be positive");
                }
                else if (rule.Limit is null) check.Missing(path + ".limit");
                break;
            case RuleKinds.ResidentialPropertyCount or RuleKinds.NonExemptVehicleCount:
                check.Whole(rule.Limit ?? check.Missing(path + ".limit"), path + ".limit");
                break;
            case RuleKinds.ResidentialAreaPerCapita:
                check.Positive(rule.Limit ?? check.Missing(path + ".limit"), path + ".limit");
                break;
            case RuleKinds.ApplicantUnableToWork or RuleKinds.NoAbleMemberWithIncome:
                break;
            default:
                _ = rule.Limit ?? check.Missing(path + ".limit");
                break;
        }
    }
}

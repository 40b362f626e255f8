using System.Text.RegularExpressions;
using Hub.Contracts.Records;
using Hub.Core.Catalog;

namespace Hub.Core.Policies;

/// <summary>Checks what the JSON shape cannot: vocabularies, ranges, which parameters each rule kind takes.</summary>
public static partial class PolicyValidator
{
    /// <summary>Multipliers of the 低保 standard the seeds use lie between 1 and 2; 3 leaves room without admitting typos.</summary>
    private const decimal MaxIncomeMultiplier = 3m;
    private const decimal MaxAssetMultiple = 100m;
    /// <summary>The largest 临时救助 cap in the seeds is 12 months of the standard; 24 admits 一事一议 increases.</summary>
    private const decimal MaxTemporaryMultiple = 24m;
    private const int MaxRecheckMonths = 24;
    private const int MaxGraduationMonths = 24;

    public static void Validate(PolicyPack pack, string file)
    {
        void Fail(string field, string problem) => throw new PolicyFileException(file, field, problem);

        Required(pack.Id, "$.id");
        Required(pack.Title, "$.title");
        Required(pack.Source, "$.source");
        Required(pack.Samples, "$.samples");
        if (!VersionPattern().IsMatch(pack.Version)) Fail("$.version", "must look like 2026.1");
        if (!HubCatalog.Jurisdictions.ContainsKey(pack.Jurisdiction)) Fail("$.jurisdiction", $"unknown jurisdiction '{pack.Jurisdiction}'");
        if (!HubCatalog.AssistanceTypes.Contains(pack.AssistanceType)) Fail("$.assistanceType", $"unknown assistance type '{pack.AssistanceType}'");
        if (pack.Id != $"{pack.Jurisdiction}/{pack.AssistanceType}") Fail("$.id", $"must be '{pack.Jurisdiction}/{pack.AssistanceType}'");

        foreach (var (path, parameter) in pack.Parameters())
        {
            if (parameter.Sample == !string.IsNullOrWhiteSpace(parameter.Cite))
                Fail(path, "must either cite the policy text (cite) or be marked \"sample\": true, not both");
            if (parameter.Value < 0) Fail(path + ".value", "must not be negative");
        }
        Positive(pack.Standards.UrbanMonthly, "$.standards.urbanMonthly");
        Positive(pack.Standards.RuralMonthly, "$.standards.ruralMonthly");

        if (pack.IncomeCategories.Count == 0) Fail("$.incomeCategories", "must name at least one income category");
        for (var i = 0; i < pack.IncomeCategories.Count; i++)
        {
            if (!IncomeCategories.All.Contains(pack.IncomeCategories[i] ?? ""))
                Fail($"$.incomeCategories[{i}]", $"unknown income category '{pack.IncomeCategories[i]}'");
            if (pack.IncomeCategories.Take(i).Contains(pack.IncomeCategories[i]))
                Fail($"$.incomeCategories[{i}]", "is listed twice");
        }

        if (pack.Recheck is { } recheck)
        {
            Months(recheck.Months, "$.recheck.months", MaxRecheckMonths);
            if (recheck.UnstableIncomeMonths is { } unstable) Months(unstable, "$.recheck.unstableIncomeMonths", MaxRecheckMonths);
        }
        if (pack.Graduation is { } graduation) ValidateGraduation(graduation);
        ValidateTemporaryCaps();

        if (pack.Rules.Count == 0) Fail("$.rules", "must hold at least one rule");
        for (var i = 0; i < pack.Rules.Count; i++) ValidateRule(pack.Rules[i], $"$.rules[{i}]", i);
        return;

        void ValidateGraduation(PolicyGraduation g)
        {
            InRange(g.LowerMultiple, "$.graduation.lowerMultiple", 1m, MaxIncomeMultiplier);
            if (g.UpperMultiple is { } upper)
            {
                InRange(upper, "$.graduation.upperMultiple", 1m, MaxIncomeMultiplier);
                if (upper.Value <= g.LowerMultiple.Value) Fail("$.graduation.upperMultiple", "must exceed lowerMultiple");
            }
            if (g.MinMonths is { } min) Months(min, "$.graduation.minMonths", MaxGraduationMonths);
            if (g.MaxMonths is { } max) Months(max, "$.graduation.maxMonths", MaxGraduationMonths);
            if (g is { MinMonths: { } from, MaxMonths: { } to } && from.Value > to.Value)
                Fail("$.graduation.minMonths", "must not exceed maxMonths");
        }

        void ValidateTemporaryCaps()
        {
            var caps = pack.TemporaryCaps ?? [];
            var temporary = pack.AssistanceType == "temporary";
            if (temporary && caps.Count == 0) Fail("$.temporaryCaps", "a temporary-assistance pack must state at least one cap");
            if (!temporary && pack.TemporaryCaps is not null) Fail("$.temporaryCaps", "only a temporary-assistance pack has caps");
            for (var i = 0; i < caps.Count; i++)
            {
                var path = $"$.temporaryCaps[{i}]";
                Required(caps[i].Kind, path + ".kind");
                InRange(caps[i].MaxMultiple, path + ".maxMultiple", 1m, MaxTemporaryMultiple);
                if (caps[i].MinMultiple is not { } min) continue;
                InRange(min, path + ".minMultiple", 0m, MaxTemporaryMultiple);
                if (min.Value > caps[i].MaxMultiple.Value) Fail(path + ".minMultiple", "must not exceed maxMultiple");
            }
        }

        void ValidateRule(PolicyRule rule, string path, int index)
        {
            Required(rule.Id, path + ".id");
            if (pack.Rules.Take(index).Any(r => r.Id == rule.Id)) Fail(path + ".id", $"duplicate rule id '{rule.Id}'");
            var allowed = rule.Kind switch
            {
                RuleKinds.IncomePerCapita => ["multiplier", "urbanMultiplier", "ruralMultiplier"],
                RuleKinds.FinancialAssetsPerCapita => ["annualStandardMultiple", "limit"],
                _ when RuleKinds.Metric.ContainsKey(rule.Kind) => new[] { "limit" },
                _ => throw new PolicyFileException(file, path + ".kind", $"unknown rule kind '{rule.Kind}'"),
            };
            var given = new (string Name, PolicyParameter? Value)[]
            {
                ("multiplier", rule.Multiplier), ("urbanMultiplier", rule.UrbanMultiplier), ("ruralMultiplier", rule.RuralMultiplier),
                ("annualStandardMultiple", rule.AnnualStandardMultiple), ("limit", rule.Limit),
            };
            foreach (var (name, value) in given)
                if (value is not null && !allowed.Contains(name)) Fail($"{path}.{name}", $"does not apply to a {rule.Kind} rule");

            switch (rule.Kind)
            {
                case RuleKinds.IncomePerCapita:
                    if (rule.Multiplier is { } both)
                    {
                        if (rule.UrbanMultiplier is not null || rule.RuralMultiplier is not null)
                            Fail(path + ".multiplier", "give either multiplier or urbanMultiplier and ruralMultiplier, not both");
                        InRange(both, path + ".multiplier", 1m, MaxIncomeMultiplier);
                    }
                    else
                    {
                        InRange(rule.UrbanMultiplier ?? Missing(path + ".urbanMultiplier"), path + ".urbanMultiplier", 1m, MaxIncomeMultiplier);
                        InRange(rule.RuralMultiplier ?? Missing(path + ".ruralMultiplier"), path + ".ruralMultiplier", 1m, MaxIncomeMultiplier);
                    }
                    break;
                case RuleKinds.FinancialAssetsPerCapita:
                    if (rule.AnnualStandardMultiple is { } multiple)
                    {
                        if (rule.Limit is not null) Fail(path + ".limit", "give either annualStandardMultiple or limit, not both");
                        InRange(multiple, path + ".annualStandardMultiple", 0m, MaxAssetMultiple);
                        if (multiple.Value == 0) Fail(path + ".annualStandardMultiple.value", "must be positive");
                    }
                    else if (rule.Limit is null) Missing(path + ".limit");
                    break;
                case RuleKinds.ResidentialPropertyCount or RuleKinds.NonExemptVehicleCount:
                    Whole(rule.Limit ?? Missing(path + ".limit"), path + ".limit");
                    break;
                case RuleKinds.ResidentialAreaPerCapita:
                    Positive(rule.Limit ?? Missing(path + ".limit"), path + ".limit");
                    break;
                default:
                    _ = rule.Limit ?? Missing(path + ".limit");
                    break;
            }
        }

        PolicyParameter Missing(string field) => throw new PolicyFileException(file, field, "is required (missing threshold)");

        void Required(string value, string field)
        {
            if (string.IsNullOrWhiteSpace(value)) Fail(field, "is required");
        }

        void Positive(PolicyParameter p, string field)
        {
            if (p.Value <= 0) Fail(field + ".value", "must be positive");
        }

        void InRange(PolicyParameter p, string field, decimal min, decimal max)
        {
            if (p.Value < min || p.Value > max) Fail(field + ".value", $"{p.Value} is out of range [{min}, {max}]");
        }

        void Whole(PolicyParameter p, string field)
        {
            if (p.Value != decimal.Truncate(p.Value)) Fail(field + ".value", "must be a whole number");
        }

        void Months(PolicyParameter p, string field, int max)
        {
            Whole(p, field);
            InRange(p, field, 1m, max);
        }
    }

    [GeneratedRegex(@"^\d{4}\.\d+$")]
    private static partial Regex VersionPattern();
}

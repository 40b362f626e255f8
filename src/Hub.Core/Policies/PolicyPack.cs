using Hub.Core.Metrics;

namespace Hub.Core.Policies;

/// <summary>
/// The rules of one assistance type in one jurisdiction, read from a versioned JSON file
/// (<c>Packs/{jurisdiction}/{assistanceType}.json</c>; format in docs/POLICIES.md).
/// </summary>
/// <param name="Id"><c>{jurisdiction}/{assistanceType}</c>.</param>
/// <param name="Source">The policy document the pack's cited values come from.</param>
/// <param name="Samples">The notice that values marked sample are examples.</param>
/// <param name="IncomeCategories">The income categories counted as household income.</param>
public sealed record PolicyPack(
    string Id,
    string Version,
    string Jurisdiction,
    string AssistanceType,
    string Title,
    string Source,
    string Samples,
    PolicyStandards Standards,
    IReadOnlyList<string> IncomeCategories,
    IReadOnlyList<PolicyRule> Rules,
    PolicyRecheck? Recheck = null,
    PolicyGraduation? Graduation = null,
    IReadOnlyList<PolicyTemporaryCap>? TemporaryCaps = null)
{
    public MetricsSettings MetricsSettings => new(IncomeCategories.ToHashSet());

    /// <summary>Every number of the pack with its JSON path, for validation and to list the samples.</summary>
    public IEnumerable<(string Path, PolicyParameter Parameter)> Parameters()
    {
        yield return ("$.standards.urbanMonthly", Standards.UrbanMonthly);
        yield return ("$.standards.ruralMonthly", Standards.RuralMonthly);
        var optional = new List<(string, PolicyParameter?)>
        {
            ("$.recheck.months", Recheck?.Months),
            ("$.recheck.unstableIncomeMonths", Recheck?.UnstableIncomeMonths),
            ("$.graduation.lowerMultiple", Graduation?.LowerMultiple),
            ("$.graduation.upperMultiple", Graduation?.UpperMultiple),
            ("$.graduation.minMonths", Graduation?.MinMonths),
            ("$.graduation.maxMonths", Graduation?.MaxMonths),
        };
        for (var i = 0; i < (TemporaryCaps?.Count ?? 0); i++)
        {
            optional.Add(($"$.temporaryCaps[{i}].minMultiple", TemporaryCaps![i].MinMultiple));
            optional.Add(($"$.temporaryCaps[{i}].maxMultiple", TemporaryCaps[i].MaxMultiple));
        }
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            optional.Add(($"$.rules[{i}].multiplier", rule.Multiplier));
            optional.Add(($"$.rules[{i}].urbanMultiplier", rule.UrbanMultiplier));
            optional.Add(($"$.rules[{i}].ruralMultiplier", rule.RuralMultiplier));
            optional.Add(($"$.rules[{i}].annualStandardMultiple", rule.AnnualStandardMultiple));
            optional.Add(($"$.rules[{i}].limit", rule.Limit));
        }
        foreach (var (path, parameter) in optional)
            if (parameter is not null) yield return (path, parameter);
    }
}

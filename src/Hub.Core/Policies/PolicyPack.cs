using Hub.Core.HouseholdMetrics;

namespace Hub.Core.Policies;

/// <summary>
/// The rules of one assistance type in one jurisdiction, read from a versioned JSON file
/// (<c>Packs/{jurisdiction}/{assistanceType}.json</c>; format in docs/POLICIES.md).
/// </summary>
/// <param name="Id"><c>{jurisdiction}/{assistanceType}</c>.</param>
/// <param name="Source">The policy document the pack's cited values come from.</param>
/// <param name="Samples">The notice that values marked sample are examples.</param>
/// <param name="IncomeCategories">The tax income categories counted as household income.</param>
/// <param name="Benefits">The benefits counted as household income (<see cref="BenefitKinds"/>): pensions are exempt
/// from income tax, so only the social-insurance records show them.</param>
/// <param name="HousingFundAsAsset">The housing-fund balance counts as a financial asset.</param>
/// <param name="CaseByCase">临时救助 only: a recorded case-by-case decision (一事一议) may exceed the caps.</param>
public sealed record PolicyPack(
    string Id,
    string Version,
    string Jurisdiction,
    string AssistanceType,
    string Title,
    string Source,
    string Samples,
    PolicyStandards Standards,
    PolicyWorkAbility WorkAbility,
    IReadOnlyList<string> IncomeCategories,
    IReadOnlyList<string> Benefits,
    IReadOnlyList<PolicyVehicleExemption> VehicleExemptions,
    IReadOnlyList<PolicyRule> Rules,
    PolicyClause? HousingFundAsAsset = null,
    IReadOnlyList<PolicyDeduction>? Deductions = null,
    PolicySinglePerson? SinglePerson = null,
    PolicyBenefitLevel? BenefitLevel = null,
    PolicyRecheck? Recheck = null,
    PolicyGraduation? Graduation = null,
    IReadOnlyList<PolicyTemporaryCap>? TemporaryCaps = null,
    PolicyClause? CaseByCase = null)
{
    public HouseholdMetricsSettings HouseholdMetricsSettings => new(
        IncomeCategories.ToHashSet(),
        Benefits.ToHashSet(),
        (int)WorkAbility.MinorUnder.Value,
        (int)WorkAbility.WorkingUntil.Value,
        VehicleExemptions.Select(v => new VehicleExemption(v.Label, v.Uses.ToHashSet(), v.Types?.ToHashSet(), v.MaxValue?.Value,
            v.RequiresDisabilityCertificate)).ToList(),
        HousingFundAsAsset is not null);

    /// <summary>Every number of the pack with its JSON path, for validation and to list the samples.</summary>
    public IEnumerable<(string Path, PolicyParameter Parameter)> Parameters()
    {
        var all = new List<(string, PolicyParameter?)>
        {
            ("$.standards.urbanMonthly", Standards.UrbanMonthly),
            ("$.standards.ruralMonthly", Standards.RuralMonthly),
            ("$.workAbility.minorUnder", WorkAbility.MinorUnder),
            ("$.workAbility.workingUntil", WorkAbility.WorkingUntil),
            ("$.workAbility.severeDisabilityMaxGrade", WorkAbility.SevereDisabilityMaxGrade),
            ("$.singlePerson.householdIncomeMultiple", SinglePerson?.HouseholdIncomeMultiple),
            ("$.benefitLevel.multiplier", BenefitLevel?.Multiplier),
            ("$.benefitLevel.urbanMultiplier", BenefitLevel?.UrbanMultiplier),
            ("$.benefitLevel.ruralMultiplier", BenefitLevel?.RuralMultiplier),
            ("$.recheck.months", Recheck?.Months),
            ("$.recheck.unstableIncomeMonths", Recheck?.UnstableIncomeMonths),
            ("$.graduation.lowerMultiple", Graduation?.LowerMultiple),
            ("$.graduation.upperMultiple", Graduation?.UpperMultiple),
            ("$.graduation.minMonths", Graduation?.MinMonths),
            ("$.graduation.maxMonths", Graduation?.MaxMonths),
        };
        for (var i = 0; i < VehicleExemptions.Count; i++) all.Add(($"$.vehicleExemptions[{i}].maxValue", VehicleExemptions[i].MaxValue));
        for (var i = 0; i < (Deductions?.Count ?? 0); i++)
        {
            all.Add(($"$.deductions[{i}].share", Deductions![i].Share));
            all.Add(($"$.deductions[{i}].monthlyAmount", Deductions[i].MonthlyAmount));
        }
        for (var i = 0; i < (TemporaryCaps?.Count ?? 0); i++)
        {
            all.Add(($"$.temporaryCaps[{i}].minMultiple", TemporaryCaps![i].MinMultiple));
            all.Add(($"$.temporaryCaps[{i}].maxMultiple", TemporaryCaps[i].MaxMultiple));
        }
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            all.Add(($"$.rules[{i}].multiplier", rule.Multiplier));
            all.Add(($"$.rules[{i}].urbanMultiplier", rule.UrbanMultiplier));
            all.Add(($"$.rules[{i}].ruralMultiplier", rule.RuralMultiplier));
            all.Add(($"$.rules[{i}].annualStandardMultiple", rule.AnnualStandardMultiple));
            all.Add(($"$.rules[{i}].limit", rule.Limit));
            all.Add(($"$.rules[{i}].contributionRate", rule.ContributionRate));
            all.Add(($"$.rules[{i}].minShare", rule.MinShare));
        }
        foreach (var (path, parameter) in all)
            if (parameter is not null) yield return (path, parameter);
    }

    /// <summary>Every provision that is cited or a sample without being a number, with its JSON path.</summary>
    public IEnumerable<(string Path, bool Sample, string? Cite)> Clauses()
    {
        if (HousingFundAsAsset is { } fund) yield return ("$.housingFundAsAsset", fund.Sample, fund.Cite);
        if (CaseByCase is { } caseByCase) yield return ("$.caseByCase", caseByCase.Sample, caseByCase.Cite);
        if (SinglePerson is { } single) yield return ("$.singlePerson", single.Sample, single.Cite);
        for (var i = 0; i < VehicleExemptions.Count; i++)
            yield return ($"$.vehicleExemptions[{i}]", VehicleExemptions[i].Sample, VehicleExemptions[i].Cite);
        for (var i = 0; i < (Deductions?.Count ?? 0); i++)
            yield return ($"$.deductions[{i}]", Deductions![i].Sample, Deductions[i].Cite);
    }
}

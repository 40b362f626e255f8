using System.Text.RegularExpressions;
using Hub.Contracts.Records;
using Hub.Core.Catalog;
using Hub.Core.HouseholdMetrics;

namespace Hub.Core.Policies;

/// <summary>Checks what the JSON shape cannot: vocabularies, ranges, which parameters each section and rule kind takes.</summary>
public static partial class PolicyValidator
{
    /// <summary>The largest 临时救助 multiple in the seeds is 12 months of the standard; 24 still catches typos. The caps are
    /// the usual ceiling: amounts beyond them are 一事一议 decisions, recorded by the office, not pack values.</summary>
    private const decimal MaxTemporaryMultiple = 24m;
    private const int MaxRecheckMonths = 24;
    private const int MaxGraduationMonths = 24;
    private const string Temporary = "temporary";

    public static void Validate(PolicyPack pack, string file)
    {
        var check = new PolicyChecks(file);
        check.Required(pack.Id, "$.id");
        check.Required(pack.Title, "$.title");
        check.Required(pack.Source, "$.source");
        check.Required(pack.Samples, "$.samples");
        if (!VersionPattern().IsMatch(pack.Version)) check.Fail("$.version", "must look like 2026.1");
        if (!HubCatalog.Jurisdictions.ContainsKey(pack.Jurisdiction)) check.Fail("$.jurisdiction", $"unknown jurisdiction '{pack.Jurisdiction}'");
        if (!HubCatalog.AssistanceTypes.Contains(pack.AssistanceType)) check.Fail("$.assistanceType", $"unknown assistance type '{pack.AssistanceType}'");
        if (!HubCatalog.Provides(pack.Jurisdiction, pack.AssistanceType))
            check.Fail("$.assistanceType", $"the policy of {pack.Jurisdiction} does not provide '{pack.AssistanceType}'");
        if (pack.Id != $"{pack.Jurisdiction}/{pack.AssistanceType}") check.Fail("$.id", $"must be '{pack.Jurisdiction}/{pack.AssistanceType}'");

        foreach (var (path, parameter) in pack.Parameters())
        {
            check.CitedOrSample(parameter.Sample, parameter.Cite, path);
            if (parameter.Value < 0) check.Fail(path + ".value", "must not be negative");
        }
        foreach (var (path, sample, cite) in pack.Clauses()) check.CitedOrSample(sample, cite, path);
        check.Positive(pack.Standards.UrbanMonthly, "$.standards.urbanMonthly");
        check.Positive(pack.Standards.RuralMonthly, "$.standards.ruralMonthly");
        ValidateWorkAbility(pack.WorkAbility, check);
        Vocabulary(pack.IncomeCategories, IncomeCategories.All, "$.incomeCategories", "income category", check);
        if (pack.IncomeCategories.Count == 0) check.Fail("$.incomeCategories", "must name at least one income category");
        Vocabulary(pack.Benefits, BenefitKinds.All, "$.benefits", "benefit", check);
        for (var i = 0; i < pack.VehicleExemptions.Count; i++) ValidateVehicleExemption(pack.VehicleExemptions[i], $"$.vehicleExemptions[{i}]", check);
        for (var i = 0; i < (pack.Deductions?.Count ?? 0); i++) ValidateDeduction(pack.Deductions![i], $"$.deductions[{i}]", check);
        if (pack.Deductions?.GroupBy(d => d.Kind).FirstOrDefault(g => g.Count() > 1) is { } twice)
            check.Fail("$.deductions", $"lists '{twice.Key}' twice");
        if (pack.SinglePerson is { } single)
            check.InRange(single.HouseholdIncomeMultiple, "$.singlePerson.householdIncomeMultiple", 1m, PolicyRuleValidator.MaxIncomeMultiplier);
        if (pack.BenefitLevel is { } benefit) ValidateBenefitLevel(benefit, check);

        if (pack.Recheck is { } recheck)
        {
            check.Months(recheck.Months, "$.recheck.months", MaxRecheckMonths);
            if (recheck.UnstableIncomeMonths is { } unstable) check.Months(unstable, "$.recheck.unstableIncomeMonths", MaxRecheckMonths);
        }
        if (pack.Graduation is { } graduation) ValidateGraduation(graduation, check);
        ValidateTemporaryCaps(pack, check);

        if (pack.Rules.Count == 0) check.Fail("$.rules", "must hold at least one rule");
        for (var i = 0; i < pack.Rules.Count; i++) PolicyRuleValidator.Validate(pack, pack.Rules[i], $"$.rules[{i}]", i, check);
    }

    private static void ValidateWorkAbility(PolicyWorkAbility ability, PolicyChecks check)
    {
        check.Whole(ability.MinorUnder, "$.workAbility.minorUnder");
        check.InRange(ability.MinorUnder, "$.workAbility.minorUnder", 14m, 18m);
        check.Whole(ability.WorkingUntil, "$.workAbility.workingUntil");
        check.InRange(ability.WorkingUntil, "$.workAbility.workingUntil", 50m, 70m);
        check.Whole(ability.SevereDisabilityMaxGrade, "$.workAbility.severeDisabilityMaxGrade");
        check.InRange(ability.SevereDisabilityMaxGrade, "$.workAbility.severeDisabilityMaxGrade", 1m, 4m);
    }

    private static void Vocabulary(IReadOnlyList<string> listed, IReadOnlySet<string> known, string path, string what, PolicyChecks check)
    {
        for (var i = 0; i < listed.Count; i++)
        {
            if (!known.Contains(listed[i] ?? "")) check.Fail($"{path}[{i}]", $"unknown {what} '{listed[i]}'");
            if (listed.Take(i).Contains(listed[i])) check.Fail($"{path}[{i}]", "is listed twice");
        }
    }

    private static void ValidateVehicleExemption(PolicyVehicleExemption exemption, string path, PolicyChecks check)
    {
        check.Required(exemption.Label, path + ".label");
        if (exemption.Uses.Count == 0) check.Fail(path + ".uses", "must name at least one use");
        Vocabulary(exemption.Uses, VehicleUses.All, path + ".uses", "vehicle use", check);
        if (exemption.Types is { } types) Vocabulary(types, VehicleKinds, path + ".types", "vehicle type", check);
        if (exemption.MaxValue is { } max) check.Positive(max, path + ".maxValue");
    }

    private static readonly IReadOnlySet<string> VehicleKinds = new HashSet<string>
    {
        VehicleTypes.Car, VehicleTypes.Truck, VehicleTypes.Motorcycle, VehicleTypes.Tricycle, VehicleTypes.Agricultural,
    };

    private static void ValidateDeduction(PolicyDeduction deduction, string path, PolicyChecks check)
    {
        if (!DeductionKinds.All.Contains(deduction.Kind)) check.Fail(path + ".kind", $"unknown deduction kind '{deduction.Kind}'");
        switch (deduction)
        {
            case { Share: not null, MonthlyAmount: not null } when deduction.Kind == DeductionKinds.EmploymentCost:
                check.Fail(path + ".monthlyAmount", "give either share or monthlyAmount, not both");
                break;
            case { Share: null, MonthlyAmount: null }:
                check.Missing(path + ".share");
                break;
        }
        if (deduction.Share is { } share) check.InRange(share, path + ".share", 0.01m, 1m);
        if (deduction.MonthlyAmount is { } amount) check.Positive(amount, path + ".monthlyAmount");
    }

    private static void ValidateBenefitLevel(PolicyBenefitLevel level, PolicyChecks check)
    {
        check.Required(level.Label, "$.benefitLevel.label");
        if (level.Multiplier is { } both)
        {
            if (level.UrbanMultiplier is not null || level.RuralMultiplier is not null)
                check.Fail("$.benefitLevel.multiplier", "give either multiplier or urbanMultiplier and ruralMultiplier, not both");
            check.InRange(both, "$.benefitLevel.multiplier", 1m, PolicyRuleValidator.MaxIncomeMultiplier);
            return;
        }
        check.InRange(level.UrbanMultiplier ?? check.Missing("$.benefitLevel.urbanMultiplier"), "$.benefitLevel.urbanMultiplier", 1m,
            PolicyRuleValidator.MaxIncomeMultiplier);
        check.InRange(level.RuralMultiplier ?? check.Missing("$.benefitLevel.ruralMultiplier"), "$.benefitLevel.ruralMultiplier", 1m,
            PolicyRuleValidator.MaxIncomeMultiplier);
    }

    private static void ValidateGraduation(PolicyGraduation g, PolicyChecks check)
    {
        check.InRange(g.LowerMultiple, "$.graduation.lowerMultiple", 1m, PolicyRuleValidator.MaxIncomeMultiplier);
        if (g.UpperMultiple is { } upper)
        {
            check.InRange(upper, "$.graduation.upperMultiple", 1m, PolicyRuleValidator.MaxIncomeMultiplier);
            if (upper.Value <= g.LowerMultiple.Value) check.Fail("$.graduation.upperMultiple", "must exceed lowerMultiple");
        }
        if (g.MinMonths is { } min) check.Months(min, "$.graduation.minMonths", MaxGraduationMonths);
        if (g.MaxMonths is { } max) check.Months(max, "$.graduation.maxMonths", MaxGraduationMonths);
        if (g is { MinMonths: { } from, MaxMonths: { } to } && from.Value > to.Value)
            check.Fail("$.graduation.minMonths", "must not exceed maxMonths");
    }

    private static void ValidateTemporaryCaps(PolicyPack pack, PolicyChecks check)
    {
        var caps = pack.TemporaryCaps ?? [];
        var temporary = pack.AssistanceType == Temporary;
        if (temporary && caps.Count == 0) check.Fail("$.temporaryCaps", "a temporary-assistance pack must state at least one cap");
        if (!temporary && pack.TemporaryCaps is not null) check.Fail("$.temporaryCaps", "only a temporary-assistance pack has caps");
        if (!temporary && pack.CaseByCase is not null) check.Fail("$.caseByCase", "only a temporary-assistance pack has caps to exceed");
        for (var i = 0; i < caps.Count; i++)
        {
            var path = $"$.temporaryCaps[{i}]";
            check.Required(caps[i].Kind, path + ".kind");
            check.InRange(caps[i].MaxMultiple, path + ".maxMultiple", 1m, MaxTemporaryMultiple);
            if (caps[i].MinMultiple is not { } min) continue;
            check.InRange(min, path + ".minMultiple", 0m, MaxTemporaryMultiple);
            if (min.Value > caps[i].MaxMultiple.Value) check.Fail(path + ".minMultiple", "must not exceed maxMultiple");
        }
    }

    [GeneratedRegex(@"^\d{4}\.\d+$")]
    private static partial Regex VersionPattern();
}

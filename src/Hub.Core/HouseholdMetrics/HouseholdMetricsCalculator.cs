using Hub.Contracts.Api;
using Hub.Contracts.Records;

namespace Hub.Core.HouseholdMetrics;

/// <summary>Computes <see cref="HouseholdMetricSet"/> from the departments' canonical records.</summary>
public static class HouseholdMetricsCalculator
{
    /// <param name="recordsBySource">Per source code the records it answered; null when the source was unavailable.
    /// A metric whose source is null or absent gets a null value rather than a figure that looks like zero.</param>
    public static HouseholdMetricSet Compute(
        IReadOnlyList<MemberFacts> members,
        IReadOnlyDictionary<string, CanonicalRecords?> recordsBySource,
        HouseholdMetricsSettings settings,
        DateOnly today)
    {
        if (members.Count == 0) throw new ArgumentException("A household has at least one member.", nameof(members));
        var size = members.Count;
        var picker = new RecordPicker(recordsBySource);

        // Housing-fund contributions show that wages are paid, but they are deductions from those wages, not
        // income of their own: adding them would count the same money twice. They are reported, not summed in.
        var income = IncomeSheet.From(recordsBySource, settings, today);
        var deposits = picker.Pick(HouseholdMetricSources.Bank, "bankAccounts", r => r.BankAccounts, _ => true);
        var products = picker.Pick(HouseholdMetricSources.Bank, "wealthProducts", r => r.WealthProducts, _ => true);
        var balances = picker.Pick(HouseholdMetricSources.HousingFund, "housingFundAccounts", r => r.HousingFundAccounts, f => f.BalanceCny > 0);
        var homes = picker.Pick(HouseholdMetricSources.RealEstate, "properties", r => r.Properties,
            p => p.Use == PropertyUses.Residential && p.Share > 0);
        var roles = picker.Pick(HouseholdMetricSources.MarketRegistration, "enterpriseRoles", r => r.EnterpriseRoles, IsActiveRole);
        var since = today.AddMonths(-settings.OutflowMonths);
        var outflows = picker.Pick(HouseholdMetricSources.Bank, "largeOutflows", r => r.LargeOutflows, o => o.On >= since);
        var funds = picker.Pick(HouseholdMetricSources.HousingFund, "housingFundAccounts", r => r.HousingFundAccounts,
            f => f.AccountStatus == HousingFundStatuses.Active);
        var vehicles = Vehicles(recordsBySource, settings, today);

        return new HouseholdMetricSet(
            new ReportMetric(HouseholdMetricNames.HouseholdSize, size, "persons", [], []),
            new ReportMetric(HouseholdMetricNames.WorkingAgeMembers,
                members.Count(m => m.AgeOn(today) >= settings.MinorUnder && m.AgeOn(today) < settings.WorkingUntil), "persons", [], []),
            new ReportMetric(HouseholdMetricNames.MonthlyIncomePerCapita,
                income.MonthlyTotal(members.Select(m => m.Position).ToHashSet()) is { } total ? Money(total / size) : null,
                "CNY/month", income.Sources, income.Basis),
            settings.HousingFundAsAsset
                ? FinancialAssets(size, deposits, products, balances)
                : RecordPicker.Combine(HouseholdMetricNames.FinancialAssetsPerCapita, "CNY", deposits, products,
                    (accounts, held) => Money((accounts.Sum(a => a.BalanceCny) + held.Sum(p => p.ValueCny)) / size)),
            // A shared home counts as one property: the household lives in it whatever its share.
            homes.Metric(HouseholdMetricNames.ResidentialPropertyCount, "properties",
                items => items.Select(p => p.CertificateNumber).Distinct().Count()),
            homes.Metric(HouseholdMetricNames.ResidentialAreaPerCapita, "sqm/person",
                items => Money(items.Sum(p => p.AreaSqm * p.Share) / size)),
            vehicles.Metric(HouseholdMetricNames.NonExemptVehicleCount, "vehicles", VehicleAssessment.Status.Counted, items => items.Count),
            vehicles.Metric(HouseholdMetricNames.NonExemptVehicleValue, "CNY", VehicleAssessment.Status.Counted, items => items.Sum(v => v.ValueCny)),
            vehicles.Metric(HouseholdMetricNames.ExemptVehicleCount, "vehicles", VehicleAssessment.Status.Exempt, items => items.Count),
            roles.Metric(HouseholdMetricNames.ActiveEnterpriseRoles, "roles", items => items.Count),
            roles.Metric(HouseholdMetricNames.ActiveEnterpriseCapitalMax, "CNY",
                items => items.Count == 0 ? 0 : items.Max(r => r.RegisteredCapitalCny)),
            outflows.Metric(HouseholdMetricNames.LargeOutflowsTotal, "CNY", items => items.Sum(o => o.AmountCny)),
            funds.Metric(HouseholdMetricNames.HousingFundMonthlyContribution, "CNY/month", items => items.Sum(f => f.MonthlyContributionCny)));
    }

    /// <summary>Deposits, wealth products and housing-fund balances, where the pack counts the fund as an asset.</summary>
    private static ReportMetric FinancialAssets(
        int size, Picked<BankAccountRecord> deposits, Picked<WealthProductRecord> products, Picked<HousingFundRecord> balances) =>
        new(HouseholdMetricNames.FinancialAssetsPerCapita,
            deposits.Items is { } accounts && products.Items is { } held && balances.Items is { } fund
                ? Money((accounts.Sum(a => a.BalanceCny) + held.Sum(p => p.ValueCny) + fund.Sum(f => f.BalanceCny)) / size)
                : null,
            "CNY", [HouseholdMetricSources.Bank, HouseholdMetricSources.HousingFund], [.. deposits.Basis, .. products.Basis, .. balances.Basis]);

    private static VehicleMetrics Vehicles(IReadOnlyDictionary<string, CanonicalRecords?> recordsBySource, HouseholdMetricsSettings settings, DateOnly today)
    {
        if (recordsBySource.GetValueOrDefault(HouseholdMetricSources.Vehicle) is not { } registry) return new VehicleMetrics(null, [HouseholdMetricSources.Vehicle]);
        var disability = recordsBySource.GetValueOrDefault(HouseholdMetricSources.Disability);
        var statuses = registry.Vehicles.Select(v => VehicleAssessment.Of(v, settings.VehicleExemptions, disability, today)).ToList();
        IReadOnlyList<string> sources = registry.Vehicles.Any(v => VehicleAssessment.NeedsDisabilityRecords(v, settings.VehicleExemptions))
            ? [HouseholdMetricSources.Vehicle, HouseholdMetricSources.Disability]
            : [HouseholdMetricSources.Vehicle];
        return statuses.Contains(VehicleAssessment.Status.Unknown)
            ? new VehicleMetrics(null, sources)
            : new VehicleMetrics(registry.Vehicles.Select((v, i) => (v, i, statuses[i])).ToList(), sources);
    }

    /// <summary>The household's vehicles with what the pack makes of each; null when that cannot be decided.</summary>
    private sealed record VehicleMetrics(
        IReadOnlyList<(VehicleRecord Vehicle, int Index, VehicleAssessment.Status Status)>? Vehicles, IReadOnlyList<string> Sources)
    {
        public ReportMetric Metric(string name, string unit, VehicleAssessment.Status status, Func<IReadOnlyList<VehicleRecord>, decimal> value)
        {
            var picked = Vehicles?.Where(v => v.Status == status).ToList();
            IReadOnlyList<RecordReference> basis = picked is { Count: > 0 } ? [new RecordReference(HouseholdMetricSources.Vehicle, "vehicles", picked.Select(v => v.Index).ToList())] : [];
            return new ReportMetric(name, picked is null ? null : value(picked.Select(v => v.Vehicle).ToList()), unit, Sources, basis);
        }
    }

    /// <summary>A role in a business still registered as active; a shareholder entry without a share brings neither control nor income.</summary>
    private static bool IsActiveRole(EnterpriseRoleRecord role) =>
        role.Status == EnterpriseStatuses.Active
        && role.Role switch
        {
            EnterpriseRoles.LegalRepresentative or EnterpriseRoles.SeniorManager => true,
            EnterpriseRoles.Shareholder => role.Share > 0,
            _ => false,
        };

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

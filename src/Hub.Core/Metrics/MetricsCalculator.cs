using Hub.Contracts.Api;
using Hub.Contracts.Records;

namespace Hub.Core.Metrics;

/// <summary>Computes <see cref="HouseholdMetrics"/> from the departments' canonical records.</summary>
public static class MetricsCalculator
{
    /// <summary>Legal working age (劳动年龄) starts at 16; 60 is the general retirement age.</summary>
    private const int WorkingAgeFrom = 16;
    private const int WorkingAgeUntil = 60;

    /// <param name="recordsBySource">Per source code the records it answered; null when the source was unavailable.
    /// A metric whose source is null or absent gets a null value rather than a figure that looks like zero.</param>
    public static HouseholdMetrics Compute(
        IReadOnlyList<MemberFacts> members,
        IReadOnlyDictionary<string, CanonicalRecords?> recordsBySource,
        MetricsSettings settings,
        DateOnly today)
    {
        if (members.Count == 0) throw new ArgumentException("A household has at least one member.", nameof(members));
        var size = members.Count;
        var picker = new RecordPicker(recordsBySource);

        // Housing-fund contributions show that wages are paid, but they are deductions from those wages, not
        // income of their own: adding them would count the same money twice. They are reported, not summed in.
        var income = picker.Pick(MetricSources.Tax, "income", r => r.Income,
            i => settings.CountedIncomeCategories.Contains(i.Category));
        var deposits = picker.Pick(MetricSources.Bank, "bankAccounts", r => r.BankAccounts, _ => true);
        var products = picker.Pick(MetricSources.Bank, "wealthProducts", r => r.WealthProducts, _ => true);
        var homes = picker.Pick(MetricSources.RealEstate, "properties", r => r.Properties,
            p => p.Use == PropertyUses.Residential && p.Share > 0);
        var counted = picker.Pick(MetricSources.Vehicle, "vehicles", r => r.Vehicles, v => v.ExemptUse is null);
        var exempt = picker.Pick(MetricSources.Vehicle, "vehicles", r => r.Vehicles, v => v.ExemptUse is not null);
        var roles = picker.Pick(MetricSources.MarketRegistration, "enterpriseRoles", r => r.EnterpriseRoles, IsActiveRole);
        var since = today.AddMonths(-settings.OutflowMonths);
        var outflows = picker.Pick(MetricSources.Bank, "largeOutflows", r => r.LargeOutflows, o => o.On >= since);
        var funds = picker.Pick(MetricSources.HousingFund, "housingFundAccounts", r => r.HousingFundAccounts,
            f => f.AccountStatus == HousingFundStatuses.Active);

        return new HouseholdMetrics(
            new ReportMetric(MetricNames.HouseholdSize, size, "persons", [], []),
            new ReportMetric(MetricNames.WorkingAgeMembers,
                members.Count(m => m.AgeOn(today) is >= WorkingAgeFrom and < WorkingAgeUntil), "persons", [], []),
            income.Metric(MetricNames.MonthlyIncomePerCapita, "CNY/month",
                items => Money(items.Sum(i => i.AmountCny) / settings.IncomeMonths / size)),
            RecordPicker.Combine(MetricNames.FinancialAssetsPerCapita, "CNY", deposits, products,
                (accounts, held) => Money((accounts.Sum(a => a.BalanceCny) + held.Sum(p => p.ValueCny)) / size)),
            // A shared home counts as one property: the household lives in it whatever its share.
            homes.Metric(MetricNames.ResidentialPropertyCount, "properties",
                items => items.Select(p => p.CertificateNumber).Distinct().Count()),
            homes.Metric(MetricNames.ResidentialAreaPerCapita, "sqm/person",
                items => Money(items.Sum(p => p.AreaSqm * p.Share) / size)),
            counted.Metric(MetricNames.NonExemptVehicleCount, "vehicles", items => items.Count),
            counted.Metric(MetricNames.NonExemptVehicleValue, "CNY", items => items.Sum(v => v.ValueCny)),
            exempt.Metric(MetricNames.ExemptVehicleCount, "vehicles", items => items.Count),
            roles.Metric(MetricNames.ActiveEnterpriseRoles, "roles", items => items.Count),
            roles.Metric(MetricNames.ActiveEnterpriseCapitalMax, "CNY",
                items => items.Count == 0 ? 0 : items.Max(r => r.RegisteredCapitalCny)),
            outflows.Metric(MetricNames.LargeOutflowsTotal, "CNY", items => items.Sum(o => o.AmountCny)),
            funds.Metric(MetricNames.HousingFundMonthlyContribution, "CNY/month", items => items.Sum(f => f.MonthlyContributionCny)));
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

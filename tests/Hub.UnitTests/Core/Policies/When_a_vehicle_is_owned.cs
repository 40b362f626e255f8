using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Policies;
using static Hub.UnitTests.Core.Policies.ScenarioHouseholds;

namespace Hub.UnitTests.Core.Policies;

/// <summary>Which vehicles the asset test leaves out is the pack's decision (vehicleExemptions), not the registry's.</summary>
public sealed class When_a_vehicle_is_owned
{
    private static readonly PolicyPack Heze = PolicyCatalog.Load().Get("371700", "minimum_living");

    private static Hub.Core.HouseholdMetrics.HouseholdMetricSet Metrics(HouseholdCase household) =>
        HouseholdMetricsCalculator.Compute(household.Members, household.Records, Heze.HouseholdMetricsSettings, Today);

    /// <summary>营运 is commercial use: a taxi earns money, but it is no exempt tool of livelihood.</summary>
    [Fact]
    public void A_commercial_taxi_counts_as_an_asset()
    {
        var household = new CaseBuilder().Member(45).Vehicle(0, VehicleTypes.Car, 62_000m, VehicleUses.Commercial).Build();

        var metrics = Metrics(household);
        var evaluation = Evaluate(Heze, household);

        Assert.Equal((1m, 62_000m, 0m), (metrics.NonExemptVehicleCount.Value!.Value, metrics.NonExemptVehicleValue.Value!.Value, metrics.ExemptVehicleCount.Value!.Value));
        Assert.Equal(FindingOutcomes.Fail, evaluation.Findings.Single(f => f.Rule == "vehicles").Outcome);
    }

    [Theory]
    [InlineData(VehicleTypes.Agricultural, 8_000, true)]
    [InlineData(VehicleTypes.Truck, 30_000, true)]
    [InlineData(VehicleTypes.Truck, 45_000, false)]
    public void A_tool_of_livelihood_is_exempt_up_to_the_packs_value(string type, int value, bool exempt)
    {
        var metrics = Metrics(new CaseBuilder().Member(45).Vehicle(0, type, value, VehicleUses.ProductionTool).Build());

        Assert.Equal(exempt ? 1m : 0m, metrics.ExemptVehicleCount.Value);
        Assert.Equal(exempt ? 0m : 1m, metrics.NonExemptVehicleCount.Value);
    }

    [Fact]
    public void A_disability_vehicle_is_exempt_only_for_an_owner_with_a_valid_certificate()
    {
        var builder = () => new CaseBuilder().Member(60).Vehicle(0, VehicleTypes.Tricycle, 3_800m, VehicleUses.Disabled);

        var certified = Metrics(builder().Certificate(0, 2).Build());
        var expired = Metrics(builder().Certificate(0, 2, CertificateStatuses.Expired).Build());

        Assert.Equal((1m, 0m), (certified.ExemptVehicleCount.Value!.Value, certified.NonExemptVehicleCount.Value!.Value));
        Assert.Equal([HouseholdMetricSources.Vehicle, HouseholdMetricSources.Disability], certified.NonExemptVehicleCount.Sources);
        Assert.Equal((0m, 1m), (expired.ExemptVehicleCount.Value!.Value, expired.NonExemptVehicleCount.Value!.Value));
    }

    [Fact]
    public void Without_the_disability_records_a_disability_vehicle_is_not_judged()
    {
        var household = new CaseBuilder().Member(60).Vehicle(0, VehicleTypes.Tricycle, 3_800m, VehicleUses.Disabled)
            .Without(HouseholdMetricSources.Disability).Build();

        var finding = Evaluate(Heze, household, HouseholdMetricSources.Disability).Findings.Single(f => f.Rule == "vehicles");

        Assert.Equal(FindingOutcomes.NotEvaluated, finding.Outcome);
        Assert.Contains(HouseholdMetricSources.Disability, finding.Sources);
    }

    [Fact]
    public void Without_the_disability_records_other_vehicles_are_still_judged()
    {
        var household = new CaseBuilder().Member(60).Vehicle(0, VehicleTypes.Car, 50_000m, VehicleUses.Private).Without(HouseholdMetricSources.Disability).Build();

        var finding = Evaluate(Heze, household, HouseholdMetricSources.Disability).Findings.Single(f => f.Rule == "vehicles");

        Assert.Equal(FindingOutcomes.Fail, finding.Outcome);
        Assert.Equal([HouseholdMetricSources.Vehicle], finding.Sources);
    }
}

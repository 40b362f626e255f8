using Hub.Adapters.Bank;
using Hub.Adapters.Disability;
using Hub.Adapters.HouseholdRegistration;
using Hub.Adapters.HousingFund;
using Hub.Adapters.MarketRegistration;
using Hub.Adapters.RealEstate;
using Hub.Adapters.Sdk;
using Hub.Adapters.SocialInsurance;
using Hub.Adapters.Tax;
using Hub.Adapters.Vehicle;

namespace Hub.Adapters.Catalog;

/// <summary>Every adapter this build contains, one per source.</summary>
public static class AdapterCatalog
{
    public static readonly IReadOnlyList<AdapterModule> All =
    [
        AdapterModule.For<TaxAdapter>(),
        AdapterModule.For<RealEstateAdapter>(),
        AdapterModule.For<VehicleAdapter>(),
        AdapterModule.For<HousingFundAdapter>(),
        AdapterModule.For<BankAdapter>(),
        AdapterModule.For<MarketRegistrationAdapter>(),
        AdapterModule.For<SocialInsuranceAdapter>(),
        AdapterModule.For<HouseholdRegistrationAdapter>(),
        AdapterModule.For<DisabilityAdapter>(),
    ];

    /// <summary>The adapters of the given source codes (null: all of them); an unknown code stops the host.</summary>
    public static IReadOnlyList<AdapterModule> Named(IReadOnlyCollection<string>? codes)
    {
        if (codes is null) return All;
        var unknown = codes.Except(All.Select(a => a.SourceCode)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"No adapter for the sources: {string.Join(", ", unknown)}.");
        return All.Where(a => codes.Contains(a.SourceCode)).ToList();
    }
}

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

namespace Hub.Workers.Messaging;

/// <summary>Every department adapter this build contains.</summary>
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
}

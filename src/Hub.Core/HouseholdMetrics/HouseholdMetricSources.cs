namespace Hub.Core.HouseholdMetrics;

/// <summary>
/// The department source codes the metrics read. They must equal the adapters' <c>SourceCode</c>s
/// (Hub.Core does not reference the adapters; a test keeps them in step).
/// </summary>
public static class HouseholdMetricSources
{
    public const string Tax = "tax";
    public const string Bank = "bank";
    public const string RealEstate = "real_estate";
    public const string Vehicle = "vehicle";
    public const string HousingFund = "housing_fund";
    public const string MarketRegistration = "market_registration";
    public const string SocialInsurance = "social_insurance";
    public const string HouseholdRegistration = "household_registration";
    public const string Disability = "disability";

    /// <summary>
    /// Every source a conclusion rests on: one without records, whether it failed or was not asked, makes the conclusion
    /// needs_review (a pensioner's income without the social-insurance records, members without the register).
    /// </summary>
    public static readonly IReadOnlyList<string> All =
        [Tax, Bank, RealEstate, Vehicle, HousingFund, MarketRegistration, SocialInsurance, HouseholdRegistration, Disability];
}

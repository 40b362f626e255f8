namespace Hub.Contracts.Records;

/// <summary>Income categories of the individual income tax law (个人所得税法 第二条).</summary>
public static class IncomeCategories
{
    public const string Wages = "wages";
    public const string LaborRemuneration = "labor_remuneration";
    public const string Authorship = "authorship";
    public const string Royalties = "royalties";
    public const string Business = "business";
    public const string InterestDividends = "interest_dividends";
    public const string PropertyLease = "property_lease";
    public const string PropertyTransfer = "property_transfer";
    public const string Incidental = "incidental";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Wages, LaborRemuneration, Authorship, Royalties, Business,
        InterestDividends, PropertyLease, PropertyTransfer, Incidental,
    };
}

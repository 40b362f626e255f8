using Hub.Contracts.Records;

namespace Hub.Adapters.Tax;

/// <summary>The tax department's income item codes and the hub's income categories they stand for.</summary>
public static class TaxItemCodes
{
    public static readonly IReadOnlyDictionary<string, string> ToCategory = new Dictionary<string, string>
    {
        ["0101"] = IncomeCategories.Wages,
        ["0200"] = IncomeCategories.Business,
        ["0400"] = IncomeCategories.LaborRemuneration,
        ["0500"] = IncomeCategories.Authorship,
        ["0600"] = IncomeCategories.Royalties,
        ["0700"] = IncomeCategories.InterestDividends,
        ["0800"] = IncomeCategories.PropertyLease,
        ["0900"] = IncomeCategories.PropertyTransfer,
        ["1000"] = IncomeCategories.Incidental,
    };
}

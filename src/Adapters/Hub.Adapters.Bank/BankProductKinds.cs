using Hub.Contracts.Records;

namespace Hub.Adapters.Bank;

/// <summary>The platform's product kind codes and the hub's product types they stand for.</summary>
public static class BankProductKinds
{
    public static readonly IReadOnlyDictionary<string, string> ToProductType = new Dictionary<string, string>
    {
        ["LC"] = WealthProductTypes.WealthManagement, // 理财
        ["JJ"] = WealthProductTypes.Fund, // 基金
        ["ZQ"] = WealthProductTypes.Securities, // 证券（含国债）
    };
}

namespace Hub.Adapters.Bank;

/// <summary>The platform's product kind codes and the hub's product types they stand for.</summary>
public static class BankProductKinds
{
    public static readonly IReadOnlyDictionary<string, string> ToProductType = new Dictionary<string, string>
    {
        ["LC"] = "wealth_management", // 理财
        ["JJ"] = "fund",              // 基金
        ["ZQ"] = "securities",        // 证券（含国债）
    };
}

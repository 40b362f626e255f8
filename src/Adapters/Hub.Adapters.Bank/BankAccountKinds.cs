using Hub.Contracts.Records;

namespace Hub.Adapters.Bank;

/// <summary>The platform's account kind codes and the hub's account types they stand for.</summary>
public static class BankAccountKinds
{
    public static readonly IReadOnlyDictionary<string, string> ToAccountType = new Dictionary<string, string>
    {
        ["01"] = BankAccountTypes.Current, // 活期
        ["02"] = BankAccountTypes.Time, // 定期
    };
}

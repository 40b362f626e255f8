namespace Hub.Adapters.Bank;

/// <summary>The platform's account kind codes and the hub's account types they stand for.</summary>
public static class BankAccountKinds
{
    public static readonly IReadOnlyDictionary<string, string> ToAccountType = new Dictionary<string, string>
    {
        ["01"] = "current", // 活期
        ["02"] = "time",    // 定期
    };
}

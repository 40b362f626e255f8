namespace Hub.Contracts.Records;

public static class BankAccountTypes
{
    /// <summary>活期.</summary>
    public const string Current = "current";
    /// <summary>定期.</summary>
    public const string Time = "time";
}

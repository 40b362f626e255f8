namespace Hub.Contracts.Records;

public static class WealthProductTypes
{
    /// <summary>理财.</summary>
    public const string WealthManagement = "wealth_management";
    /// <summary>基金.</summary>
    public const string Fund = "fund";
    /// <summary>证券, government bonds included.</summary>
    public const string Securities = "securities";
}

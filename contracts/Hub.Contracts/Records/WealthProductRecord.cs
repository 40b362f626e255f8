namespace Hub.Contracts.Records;

/// <summary>A wealth-management product, fund or security a member holds through a bank (理财/基金/证券).</summary>
/// <param name="ProductType">One of <see cref="WealthProductTypes"/>.</param>
public sealed record WealthProductRecord(int MemberPosition, string Bank, string ProductName, string ProductType, decimal ValueCny);

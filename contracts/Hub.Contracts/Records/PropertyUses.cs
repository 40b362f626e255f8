namespace Hub.Contracts.Records;

public static class PropertyUses
{
    public const string Residential = "residential";
    public const string Commercial = "commercial";
    public const string Industrial = "industrial";
    public const string Other = "other";
}

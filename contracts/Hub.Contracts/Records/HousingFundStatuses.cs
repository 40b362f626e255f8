namespace Hub.Contracts.Records;

public static class HousingFundStatuses
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Closed = "closed";
}

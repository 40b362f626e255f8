namespace Hub.Contracts.Records;

public static class RegistrationStatuses
{
    /// <summary>在册: registered in the household now.</summary>
    public const string Registered = "registered";
    /// <summary>死亡注销: registration cancelled on death.</summary>
    public const string Deceased = "deceased";
    /// <summary>迁出: moved to another household or place.</summary>
    public const string MovedOut = "moved_out";
}

namespace Hub.Workers;

/// <summary>Which consumers this process hosts (configuration section <c>Workers</c>).</summary>
public sealed class WorkerRoles
{
    public const string Section = "Workers";

    /// <summary>Source codes of the adapters to run; unset means all of them.</summary>
    public List<string>? Adapters { get; set; }
    /// <summary>Whether this process records results and closes verifications (it then needs the database).</summary>
    public bool Aggregator { get; set; } = true;
}

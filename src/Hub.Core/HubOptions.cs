namespace Hub.Core;

/// <summary>Settings of the verification pipeline (configuration section <c>Hub</c>).</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>Department sources this deployment can ask; <c>sources: null</c> in a request means all of them.</summary>
    /// <remarks>No default list: configuration binding would append to it.</remarks>
    public List<string> Sources { get; set; } = [];

    /// <summary>How long a verification waits for departments before it ends as partial.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the deadline sweep looks for overdue verifications.</summary>
    public TimeSpan DeadlineSweepInterval { get; set; } = TimeSpan.FromSeconds(1);
}

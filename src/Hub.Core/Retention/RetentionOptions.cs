namespace Hub.Core.Retention;

/// <summary>Section <c>Retention</c>: how long the hub keeps personal data, and how often it purges what is older.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>After a verification finished: its signed report, the departments' records, and its members' names and ID numbers.</summary>
    public TimeSpan Reports { get; set; } = TimeSpan.FromDays(90);
    /// <summary>After a command was sent: the outbox copy, which names the members (the broker has it by then).</summary>
    public TimeSpan SentOutbox { get; set; } = TimeSpan.FromHours(24);
    /// <summary>After a command was parked: time for an operator to look at it and resend it.</summary>
    public TimeSpan ParkedOutbox { get; set; } = TimeSpan.FromDays(30);
    /// <summary>How often the purge runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Verifications purged per transaction.</summary>
    public int BatchSize { get; set; } = 100;
}

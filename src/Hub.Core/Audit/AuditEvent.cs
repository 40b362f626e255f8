namespace Hub.Core.Audit;

/// <summary>
/// One append-only audit record. It is written in the unit of work it describes and later sealed
/// into the hash chain by <see cref="AuditSealer"/>; the database refuses any other change.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>Identity: insertion order. The chain order is <see cref="Sequence"/>.</summary>
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string Kind { get; init; }
    /// <summary>The API client's name, or <see cref="AuditTrail.HubActor"/> for the hub's own steps.</summary>
    public required string Actor { get; init; }
    /// <summary>The caseworker the client acted for, when it said.</summary>
    public string? UserId { get; init; }
    public Guid? VerificationId { get; init; }
    /// <summary>JSON object; ID numbers only masked.</summary>
    public required string Details { get; init; }

    // Sealing columns: null until sealed, then written once.
    public long? Sequence { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
    public long? CheckpointId { get; set; }
}

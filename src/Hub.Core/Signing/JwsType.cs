namespace Hub.Core.Signing;

/// <summary>
/// The <c>typ</c> in the protected header (RFC 7515 §4.1.9; explicit typing, RFC 8725 §3.11). Reports and audit
/// checkpoints share one key ring, so the type is what keeps a signature made for one from passing as the other.
/// </summary>
public sealed record JwsType(string Value, string Name)
{
    public static readonly JwsType Report = new("hub-report+jws", "report");
    public static readonly JwsType Checkpoint = new("hub-checkpoint+jws", "checkpoint");
}

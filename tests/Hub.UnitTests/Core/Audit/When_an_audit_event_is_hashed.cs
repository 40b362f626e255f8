using System.Text;
using Hub.Core.Audit;

namespace Hub.UnitTests.Core.Audit;

/// <summary>
/// The exact bytes an event and a checkpoint are hashed and signed in, pinned so that a change of the
/// canonical-JSON writer cannot silently change the meaning of chains already stored.
/// </summary>
public sealed class When_an_audit_event_is_hashed
{
    private static readonly AuditEvent Event = new()
    {
        Id = 42,
        OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 30, 15, TimeSpan.Zero).AddTicks(1_234_560),
        Kind = AuditEventKind.RequestReceived,
        Actor = "caller-菏泽",
        UserId = "\U00020BB7田\t",
        VerificationId = Guid.Parse("0190d5b2-7c1e-7a3b-9f00-123456789abc"),
        Details = """{"caseRef":"鲁山-2026-001"}""",
    };

    [Fact]
    public void An_event_is_hashed_in_its_rfc_8785_form()
    {
        const string expected = """{"actor":"caller-菏泽","details":"{\"caseRef\":\"鲁山-2026-001\"}","id":42,"kind":"request_received","occurredAt":"2026-03-01T08:30:15.123456Z","sequence":7,"userId":"𠮷田\t","verificationId":"0190d5b2-7c1e-7a3b-9f00-123456789abc"}""";

        Assert.Equal(Encoding.UTF8.GetBytes(expected), AuditChain.CanonicalEvent(Event, 7));
        Assert.Equal("428b005317476a7f302366919fe547680609a20f6c7c1054a9a3ca2b4bb90fc4", AuditChain.Hash(AuditChain.Genesis, Event, 7));
    }

    [Fact]
    public void A_checkpoint_is_signed_in_its_rfc_8785_form()
    {
        var checkpoint = new AuditCheckpoint
        {
            FirstSequence = 1, LastSequence = 7, HeadHash = "ab", SealedAt = Event.OccurredAt, Kid = "k",
        };
        Assert.Equal(
            """{"firstSequence":1,"headHash":"ab","lastSequence":7,"sealedAt":"2026-03-01T08:30:15.123456Z"}""",
            Encoding.UTF8.GetString(AuditChain.CheckpointPayload(checkpoint)));
    }
}

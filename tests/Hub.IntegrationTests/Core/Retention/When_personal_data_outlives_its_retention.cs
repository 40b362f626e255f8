using System.Net;
using System.Text.Json;
using Hub.Core.Audit;
using Hub.Core.Outbox;
using Hub.Core.Retention;
using Hub.Core.Verifications;
using Hub.IntegrationTests.Core.Audit;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Core.Retention;

/// <summary>
/// Real verifications on PostgreSQL, purged by a clock moved past their retention: the report answers 410, the status
/// still answers, the purge is an audit event, and the audit chain still verifies.
/// </summary>
public sealed class When_personal_data_outlives_its_retention(ProductionStack stack) : IClassFixture<ProductionStack>
{
    private static readonly TimeSpan Reports = new RetentionOptions().Reports;

    /// <summary>request_received, a department_queried and a department_answered per department, report_issued, report_read, data_purged.</summary>
    private static readonly int EventsAfterPurge = 4 + 2 * TestDepartments.Codes.Count;

    [Fact]
    public async Task The_report_is_kept_for_its_retention_then_purged_and_the_trail_still_verifies()
    {
        using var client = stack.Client();
        using var audit = new AuditClient(stack);
        var id = await client.SubmitAcceptedAsync(Households.Family() with { Expenses = new() { MedicalCny = 9_000m } });
        var completedAt = (await client.WaitUntilFinishedAsync(id)).CompletedAt!.Value;

        await RetentionRuns.AtAsync(stack.Api.Services, completedAt + Reports - TimeSpan.FromMinutes(1));
        using (var kept = await client.GetAsync($"/api/v1/verifications/{id}/report"))
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        await using (var db = stack.Database())
            Assert.NotNull((await db.Verifications.SingleAsync(v => v.Id == id)).EncryptedDeclarations);
        var purgedAt = completedAt + Reports + TimeSpan.FromMinutes(1);
        await RetentionRuns.AtAsync(stack.Api.Services, purgedAt);

        using var gone = await client.GetAsync($"/api/v1/verifications/{id}/report");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var problem = JsonDocument.Parse(await gone.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("retention policy", problem.GetProperty("detail").GetString());
        Assert.Equal(purgedAt, problem.GetProperty("purgedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var status = await client.StatusAsync(id);
        Assert.Equal(("completed", (string?)null), (status.Status, status.ReportUrl));
        Assert.Equal(purgedAt, status.PurgedAt!.Value, TimeSpan.FromMilliseconds(1));

        await using (var db = stack.Database())
        {
            Assert.False(await db.Set<VerificationMember>().AnyAsync(m => m.VerificationId == id));
            Assert.Null((await db.Verifications.SingleAsync(v => v.Id == id)).EncryptedDeclarations);
            var sources = await db.SourceChecks.Where(s => s.VerificationId == id).ToListAsync();
            Assert.Equal(TestDepartments.Codes.Count, sources.Count);
            Assert.All(sources, s => Assert.Equal((SourceStatus.Answered, (byte[]?)null), (s.Status, s.EncryptedRecords)));
        }
        var events = await audit.WaitUntilSealedAsync(id, EventsAfterPurge);
        var purged = Assert.Single(events, e => e.Kind == AuditEventKind.DataPurged).Details;
        Assert.Equal((3, TestDepartments.Codes.Count, true), (purged.GetProperty("members").GetInt32(), purged.GetProperty("records").GetInt32(),
            purged.GetProperty("report").GetBoolean()));
        var verdict = await audit.VerifyAsync();
        Assert.True(verdict.Valid, verdict.Reason);
        Assert.True(verdict.CheckedEvents >= events.Max(e => e.Sequence!.Value));
    }

    [Fact]
    public async Task Two_processes_purging_at_once_purge_and_audit_each_verification_once()
    {
        using var client = stack.Client();
        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SubmitAcceptedAsync(Households.Family())));
        var finished = await Task.WhenAll(ids.Select(id => client.WaitUntilFinishedAsync(id)));
        var later = finished.Max(s => s.CompletedAt!.Value) + Reports + TimeSpan.FromMinutes(1);

        var small = new RetentionOptions { BatchSize = 2 };
        await Task.WhenAll(RetentionRuns.AtAsync(stack.Api.Services, later, small), RetentionRuns.AtAsync(stack.Api.Services, later, small));

        await using var db = stack.Database();
        Assert.Equal(ids.Length, await db.Verifications.CountAsync(v => ids.Contains(v.Id) && v.PurgedAt != null));
        var purgeEvents = await db.AuditEvents.Where(e => e.Kind == AuditEventKind.DataPurged && ids.Contains(e.VerificationId!.Value))
            .GroupBy(e => e.VerificationId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Enumerable.Repeat(1, ids.Length), purgeEvents);
    }

    [Fact]
    public async Task Sent_and_parked_outbox_rows_go_after_their_own_retention()
    {
        // In the future, so the hub's own purge (on the real clock) leaves these rows to this test.
        var now = DateTimeOffset.UtcNow.AddDays(60);
        var options = new RetentionOptions();
        OutboxMessage Row(DateTimeOffset? sentAt, DateTimeOffset? parkedAt) => new()
        {
            Id = Guid.CreateVersion7(), Destination = "source.tax", MessageType = "Test", EncryptedBody = [],
            CreatedAt = now.AddDays(-40), NextAttemptAt = now.AddYears(1), SentAt = sentAt, ParkedAt = parkedAt,
        };
        var sentLongAgo = Row(now - options.SentOutbox - TimeSpan.FromMinutes(1), null);
        var sentRecently = Row(now - options.SentOutbox + TimeSpan.FromMinutes(1), null);
        var parkedLongAgo = Row(null, now - options.ParkedOutbox - TimeSpan.FromMinutes(1));
        var parkedRecently = Row(null, now - options.ParkedOutbox + TimeSpan.FromMinutes(1));
        var pending = Row(null, null);
        OutboxMessage[] rows = [sentLongAgo, sentRecently, parkedLongAgo, parkedRecently, pending];
        await using (var db = stack.Database())
        {
            db.Outbox.AddRange(rows);
            await db.SaveChangesAsync();
        }

        var counts = await RetentionRuns.AtAsync(stack.Api.Services, now);

        await using var check = stack.Database();
        var left = await check.Outbox.Where(o => rows.Select(r => r.Id).Contains(o.Id)).Select(o => o.Id).ToListAsync();
        Assert.Equal(new[] { sentRecently.Id, parkedRecently.Id, pending.Id }.Order(), left.Order());
        Assert.True(counts is { SentOutboxRows: >= 1, ParkedOutboxRows: >= 1 }, counts.ToString());
        var details = await check.AuditEvents.Where(e => e.Kind == AuditEventKind.DataPurged && e.VerificationId == null)
            .Select(e => e.Details).ToListAsync();
        Assert.Contains(details, d => d.Contains(RetentionPurge.SentOutbox));
        Assert.Contains(details, d => d.Contains(RetentionPurge.ParkedOutbox));
    }
}

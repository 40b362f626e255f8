using Hub.Contracts.Messages;
using Hub.Contracts.Records;
using Hub.Core.Verifications;
using Hub.IntegrationTests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Aggregation;

[Collection(PipelineCollection.Name)]
public sealed class When_a_result_is_delivered_twice(ProductionStack stack)
{
    [Fact]
    public async Task The_first_result_is_recorded_once_and_later_ones_are_ignored()
    {
        // No outbox row: nothing asks the department, only the results published here arrive.
        var verification = await StoredVerifications.InsertAsync(stack, withOutbox: false);
        var bus = stack.Api.Services.GetRequiredService<IBus>();
        var answer = new SourceChecked(verification.Id, "tax", new string('a', 64),
            new CanonicalRecords { Income = [new IncomeRecord(0, IncomeCategories.Wages, "2026-10", 1000m, "甲公司")] }, 1, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        using var client = stack.Client();
        await bus.Publish(answer, c => c.MessageId = messageId);
        Assert.Equal("completed", (await client.WaitUntilFinishedAsync(verification.Id)).Status);

        // Only then the others: the results queue has several consumers, so what is published together lands in any order.
        Guid[] late = [NewId.NextGuid(), NewId.NextGuid()];
        await bus.Publish(answer, c => c.MessageId = messageId);
        await bus.Publish(answer with { EvidenceSha256 = new string('b', 64) }, c => c.MessageId = late[0]);
        await bus.Publish(new SourceCheckFailed(verification.Id, "tax", ReasonCodes.DepartmentError, "late failure", 3, DateTimeOffset.UtcNow),
            c => c.MessageId = late[1]);
        await using var db = stack.Database();
        for (var until = DateTime.UtcNow.AddSeconds(30); await db.ProcessedMessages.CountAsync(p => late.Contains(p.MessageId)) < late.Length; await Task.Delay(50))
            Assert.True(DateTime.UtcNow < until, "The later results were not processed.");
        var check = await db.SourceChecks.SingleAsync(s => s.VerificationId == verification.Id);
        Assert.Equal((SourceStatus.Answered, new string('a', 64)), (check.Status, check.EvidenceSha256));
        Assert.Equal(1, await db.ProcessedMessages.CountAsync(p => p.MessageId == messageId));
        var report = await client.ReportAsync(verification.Id);
        Assert.Equal(1000m, Assert.Single(Assert.Single(report.Sources).Records!.Income).AmountCny);
    }
}

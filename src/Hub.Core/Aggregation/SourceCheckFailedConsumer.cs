using Hub.Contracts.Messages;
using Hub.Core.Verifications;
using MassTransit;

namespace Hub.Core.Aggregation;

/// <summary>Records that a department could not answer. Acknowledged only after the database commit.</summary>
public sealed class SourceCheckFailedConsumer(SourceResultRecorder recorder) : IConsumer<SourceCheckFailed>
{
    public Task Consume(ConsumeContext<SourceCheckFailed> context)
    {
        var message = context.Message;
        return recorder.RecordAsync(context.MessageId ?? throw new InvalidOperationException("Message without id."),
            nameof(SourceCheckFailedConsumer), message.VerificationId, message.SourceCode, check =>
            {
                check.Status = SourceStatus.Unavailable;
                check.Attempts = message.Attempts;
                check.FinishedAt = message.FailedAt;
                // Cut to the columns, so a foreign adapter's long text can't make the result unrecordable.
                check.ReasonCode = message.ReasonCode is { Length: > 32 } code ? code[..32] : message.ReasonCode;
                check.Reason = message.Reason.Length > 500 ? message.Reason[..500] : message.Reason;
            }, context.CancellationToken);
    }
}

using System.Text.Json;
using Hub.Contracts.Messages;
using Hub.Core.Protection;
using Hub.Core.Verifications;
using MassTransit;

namespace Hub.Core.Aggregation;

/// <summary>Records a department's answer. Acknowledged only after the database commit.</summary>
public sealed class SourceCheckedConsumer(SourceResultRecorder recorder, PersonalData data) : IConsumer<SourceChecked>
{
    public Task Consume(ConsumeContext<SourceChecked> context)
    {
        var message = context.Message;
        return recorder.RecordAsync(context.MessageId ?? throw new InvalidOperationException("Message without id."),
            nameof(SourceCheckedConsumer), message.VerificationId, message.SourceCode, check =>
            {
                check.Status = SourceStatus.Answered;
                check.Attempts = message.Attempts;
                check.FinishedAt = message.AnsweredAt;
                check.EvidenceSha256 = message.EvidenceSha256;
                check.EncryptedRecords = data.Encrypt(JsonSerializer.Serialize(message.Records, HubJson.Options),
                    DataPurpose.Records(message.VerificationId, message.SourceCode));
            }, context.CancellationToken);
    }
}

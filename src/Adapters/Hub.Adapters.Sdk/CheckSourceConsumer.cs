using Hub.Contracts.Messages;
using MassTransit;

namespace Hub.Adapters.Sdk;

/// <summary>Consumes one department's queue. Needs only the broker: no database, so it can run in the department's network.</summary>
public sealed class CheckSourceConsumer<TAdapter>(DepartmentCaller<TAdapter> caller) : IConsumer<CheckSource>
    where TAdapter : ISourceAdapter
{
    public async Task Consume(ConsumeContext<CheckSource> context)
    {
        switch (await caller.QueryAsync(context.Message, context.CancellationToken))
        {
            case SourceChecked answered:
                await context.Publish(answered, context.CancellationToken);
                break;
            case SourceCheckFailed failed:
                await context.Publish(failed, context.CancellationToken);
                break;
        }
    }
}

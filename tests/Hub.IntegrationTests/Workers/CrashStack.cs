using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workers;

/// <summary>A production stack whose workers the tests start and kill as processes of their own.</summary>
public sealed class CrashStack : ProductionStack
{
    protected override bool StartWorkers => false;
    protected override TimeSpan Deadline => TimeSpan.FromSeconds(60);
}

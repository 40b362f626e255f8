using Hub.Core;
using Hub.Workers.Messaging;

namespace Hub.Workers;

public static class WorkerHost
{
    /// <summary>
    /// The consumers named by configuration section <c>Workers</c>. A host that runs only adapters
    /// touches no database, so a department can run its adapter inside its own network.
    /// </summary>
    public static IServiceCollection AddHubWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        var roles = configuration.GetSection(WorkerRoles.Section).Get<WorkerRoles>() ?? new WorkerRoles();
        if (roles.Aggregator)
        {
            // Without this a worker would quietly record results in a local SQLite file nobody reads.
            if (configuration["Database:Provider"] != "Postgres")
                throw new InvalidOperationException("The aggregator in Hub.Workers needs Database:Provider=Postgres; run adapters only with Workers:Aggregator=false.");
            services.AddHubCore(configuration, allowGeneratedKey: false);
        }
        return services.AddHubBus(configuration, roles, allowGeneratedKey: false);
    }
}

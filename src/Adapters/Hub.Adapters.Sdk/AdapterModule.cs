using Hub.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Adapters.Sdk;

/// <summary>Everything a host needs to run one department's adapter: its services and its queue's consumer.</summary>
public sealed class AdapterModule
{
    public required string SourceCode { get; init; }
    public required Action<IServiceCollection, IConfiguration> AddServices { get; init; }
    public required Action<IBusRegistrationConfigurator, IConfiguration> AddConsumer { get; init; }

    private static IConfigurationSection Settings<TAdapter>(IConfiguration configuration) where TAdapter : IDepartmentAdapter =>
        configuration.GetSection($"{DepartmentOptions.Section}:{TAdapter.SourceCode}");

    public static AdapterModule For<TAdapter>() where TAdapter : class, IDepartmentAdapter => new()
    {
        SourceCode = TAdapter.SourceCode,
        AddServices = (services, configuration) =>
        {
            var section = Settings<TAdapter>(configuration);
            services.AddOptions<DepartmentOptions>(TAdapter.SourceCode).Bind(section)
                .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, $"{DepartmentOptions.Section}:{TAdapter.SourceCode}:BaseUrl must be an absolute URL.")
                .ValidateOnStart();
            services.AddHttpClient(TAdapter.SourceCode, client =>
            {
                client.BaseAddress = section.GetValue<Uri>(nameof(DepartmentOptions.BaseUrl));
                // The caller enforces the per-call budget; HttpClient's own timeout would surface as a cancellation.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
            services.TryAddSingleton(TimeProvider.System);
            services.AddSingleton<TAdapter>();
            services.AddSingleton<DepartmentCaller<TAdapter>>();
        },
        AddConsumer = (bus, configuration) =>
        {
            var concurrency = (Settings<TAdapter>(configuration).Get<DepartmentOptions>() ?? new DepartmentOptions()).Concurrency;
            bus.AddConsumer<CheckSourceConsumer<TAdapter>>().Endpoint(e =>
            {
                e.Name = SourceQueues.For(TAdapter.SourceCode);
                e.ConcurrentMessageLimit = concurrency;
                e.PrefetchCount = concurrency;
            });
        },
    };
}

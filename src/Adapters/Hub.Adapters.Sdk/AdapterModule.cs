using Hub.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Hub.Adapters.Sdk;

/// <summary>Everything a host needs to run one department's adapter: its services and its queue's consumer.</summary>
public sealed class AdapterModule
{
    public required string SourceCode { get; init; }
    public required Action<IServiceCollection, IConfiguration> AddServices { get; init; }
    public required Action<IBusRegistrationConfigurator, IConfiguration> AddConsumer { get; init; }

    private static IConfigurationSection Settings(IConfiguration configuration, string code) =>
        configuration.GetSection($"{DepartmentOptions.Section}:{code}");

    public static AdapterModule For<TAdapter>() where TAdapter : class, IDepartmentAdapter => new()
    {
        SourceCode = TAdapter.SourceCode,
        AddServices = (services, configuration) =>
        {
            var code = TAdapter.SourceCode;
            var section = Settings(configuration, code);
            services.AddOptions<DepartmentOptions>(code).Bind(section)
                .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, $"{section.Path}:BaseUrl must be an absolute URL.")
                .Validate(o => o.AppSecret is null || o.AppKey is not null, $"{section.Path}:AppSecret needs an AppKey.")
                .ValidateOnStart();
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<ResiliencePipelineRegistry<string>>();
            services.TryAddSingleton<DepartmentResilience>();
            services.TryAddSingleton<DepartmentMetrics>();
            services.AddMetrics();
            services.AddKeyedSingleton(code, (sp, _) => new DepartmentLimiter(
                sp.GetRequiredService<IOptionsMonitor<DepartmentOptions>>().Get(code), sp.GetRequiredService<TimeProvider>()));

            var http = services.AddHttpClient(code, (sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<DepartmentOptions>>().Get(code).BaseUrl;
                // The pipeline enforces the timeouts; HttpClient's own would surface as a bare cancellation.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
            http.AddHttpMessageHandler(sp => new ResilienceHandler(code, sp.GetRequiredService<DepartmentResilience>(),
                sp.GetRequiredKeyedService<DepartmentLimiter>(code), sp.GetRequiredService<DepartmentMetrics>()));
            if (section[nameof(DepartmentOptions.AppSecret)] is { Length: > 0 } secret)
                http.AddHttpMessageHandler(sp => new HmacSigningHandler(section[nameof(DepartmentOptions.AppKey)]!, secret,
                    sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<TAdapter>();
            services.AddSingleton<DepartmentCaller<TAdapter>>();
        },
        AddConsumer = (bus, configuration) =>
        {
            var concurrency = (Settings(configuration, TAdapter.SourceCode).Get<DepartmentOptions>() ?? new DepartmentOptions()).Concurrency;
            bus.AddConsumer<CheckSourceConsumer<TAdapter>>().Endpoint(e =>
            {
                e.Name = SourceQueues.For(TAdapter.SourceCode);
                e.ConcurrentMessageLimit = concurrency;
                e.PrefetchCount = concurrency;
            });
        },
    };
}

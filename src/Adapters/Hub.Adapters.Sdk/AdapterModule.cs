using Hub.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Everything a host needs to run one source's adapter: its services, its queue's consumer, and its breaker's
/// readiness check (<see cref="SourceBreakerHealthCheck"/>, which any <c>/health/ready</c> filtered on the
/// <c>ready</c> tag reports).
/// </summary>
public sealed class AdapterModule
{
    public required string SourceCode { get; init; }
    public required Action<IServiceCollection, IConfiguration> AddServices { get; init; }
    public required Action<IBusRegistrationConfigurator, IConfiguration> AddConsumer { get; init; }

    public static AdapterModule For<TAdapter>() where TAdapter : class, ISourceAdapter => new()
    {
        SourceCode = TAdapter.SourceCode,
        AddServices = (services, configuration) =>
        {
            var code = TAdapter.SourceCode;
            var settings = SourceSettings.Of(configuration, code);
            var section = $"{SourceOptions.Section}:{code}";
            var options = services.AddOptions<SourceOptions>(code).Bind(settings)
                .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, $"{section}:BaseUrl must be an absolute URL.")
                .Validate(o => o.AppSecret is null || o.AppKey is not null, $"{section}:AppSecret needs an AppKey.")
                .ValidateOnStart();
            if (SourceSettings.UsesDeprecatedSection(configuration, code))
                options.Configure<DeprecatedSectionWarning>((_, warning) => warning.For(code));
            services.TryAddSingleton<DeprecatedSectionWarning>();
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<DepartmentMetrics>();
            services.AddMetrics();
            var breaker = new CircuitBreakerStateProvider();
            services.AddDepartmentResilience(code, breaker);
            services.AddHealthChecks().AddCheck(SourceBreakerHealthCheck.Name(code), new SourceBreakerHealthCheck(code, breaker),
                tags: [SourceBreakerHealthCheck.Tag]);
            services.AddKeyedSingleton(code, (sp, _) => new DepartmentLimiter(
                sp.GetRequiredService<IOptionsMonitor<SourceOptions>>().Get(code), sp.GetRequiredService<TimeProvider>()));

            var http = services.AddHttpClient(code, (sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<SourceOptions>>().Get(code).BaseUrl;
                // The pipeline enforces the timeouts; HttpClient's own would surface as a bare cancellation.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
            http.AddHttpMessageHandler(sp => new ResilienceHandler(code, sp.GetRequiredKeyedService<DepartmentPipelines>(code),
                sp.GetRequiredKeyedService<DepartmentLimiter>(code), sp.GetRequiredService<DepartmentMetrics>()));
            if (settings[nameof(SourceOptions.AppSecret)] is { Length: > 0 } secret)
                http.AddHttpMessageHandler(sp => new HmacSigningHandler(settings[nameof(SourceOptions.AppKey)]!, secret,
                    sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<TAdapter>();
            services.AddSingleton<DepartmentCaller<TAdapter>>();
        },
        AddConsumer = (bus, configuration) =>
        {
            var concurrency = (SourceSettings.Of(configuration, TAdapter.SourceCode).Get<SourceOptions>() ?? new SourceOptions()).Concurrency;
            bus.AddConsumer<CheckSourceConsumer<TAdapter>>().Endpoint(e =>
            {
                e.Name = SourceQueues.For(TAdapter.SourceCode);
                e.ConcurrentMessageLimit = concurrency;
                e.PrefetchCount = concurrency;
            });
        },
    };
}

using Hub.Simulators.Tax;

namespace Hub.Simulators;

/// <summary>The department simulators: real HTTP on Kestrel, for the embedded mode, tests and benchmarks.</summary>
public static class SimulatorApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddOptions<SimulatorOptions>().Bind(builder.Configuration.GetSection(SimulatorOptions.Section));
        builder.Services.AddSingleton<RequestJournal>();
        var app = builder.Build();
        app.MapTaxBureau();
        app.MapGet("/admin/requests", (string? caseRef, RequestJournal journal) => journal.For(caseRef));
        return app;
    }
}

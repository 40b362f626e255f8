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
        builder.Services.AddSingleton<DepartmentFaults>();
        var app = builder.Build();
        app.MapTaxBureau();
        app.MapGet("/admin/requests", (string? caseRef, RequestJournal journal) => journal.For(caseRef));
        app.MapGet("/admin/faults/{department}", (string department, DepartmentFaults faults) => faults.For(department));
        app.MapPut("/admin/faults/{department}", (string department, FaultSettings settings, DepartmentFaults faults) =>
        {
            faults.Set(department, settings);
            return Results.NoContent();
        });
        return app;
    }
}

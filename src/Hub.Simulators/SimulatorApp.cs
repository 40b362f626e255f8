using Hub.Simulators.Faults;
using Hub.Simulators.Signing;
using Hub.Simulators.Bank;
using Hub.Simulators.Disability;
using Hub.Simulators.HouseholdRegistration;
using Hub.Simulators.HousingFund;
using Hub.Simulators.MarketRegistration;
using Hub.Simulators.RealEstate;
using Hub.Simulators.SocialInsurance;
using Hub.Simulators.Tax;
using Hub.Simulators.Vehicle;
using Microsoft.Extensions.Options;

namespace Hub.Simulators;

/// <summary>
/// The department simulators: real HTTP on Kestrel, for the embedded mode, tests and benchmarks.
/// Each department lives under its source code's path, behind its own fault settings.
/// </summary>
public static class SimulatorApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // Six request log lines per department call would cost more CPU than the simulated department.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddOptions<SimulatorOptions>().Bind(builder.Configuration.GetSection(SimulatorOptions.Section));
        builder.Services.AddSingleton<RequestJournal>();
        builder.Services.AddSingleton<DepartmentFaults>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SimulatorOptions>>().Value;
            return new SignatureCheck(options.SigningAppKey, options.SigningAppSecret, sp.GetRequiredService<TimeProvider>());
        });
        var app = builder.Build();

        Department(app, "tax").MapTaxSimulator();
        Department(app, "real_estate").MapRealEstateSimulator();
        Department(app, "vehicle").MapVehicleSimulator();
        Department(app, "housing_fund").MapHousingFundSimulator();
        Department(app, "bank").MapBankSimulator();
        Department(app, "market_registration").MapMarketRegistrationSimulator();
        Department(app, "social_insurance").MapSocialInsuranceSimulator();
        Department(app, "household_registration").MapHouseholdRegistrationSimulator();
        Department(app, "disability").MapDisabilitySimulator();

        app.MapGet("/admin/requests", (string? caseRef, string? department, RequestJournal journal) => journal.Find(caseRef, department));
        app.MapGet("/admin/faults/{department}", (string department, DepartmentFaults faults) => faults.Get(department));
        app.MapPut("/admin/faults/{department}", (string department, FaultSettings settings, DepartmentFaults faults) =>
        {
            faults.Set(department, settings);
            return Results.NoContent();
        });
        return app;
    }

    private static RouteGroupBuilder Department(WebApplication app, string code) =>
        app.MapGroup("/" + code).AddEndpointFilter(new FaultFilter(code));
}

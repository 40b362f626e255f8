namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The departments the test stacks run, all pointed at the fixture's simulators.</summary>
public static class TestDepartments
{
    public static readonly IReadOnlyList<string> Codes =
        ["tax", "real_estate", "vehicle", "housing_fund", "bank", "market_registration", "social_insurance", "household_registration", "disability"];

    /// <summary>Worker configuration for every department: simulator URL and the simulators' signing credentials.</summary>
    public static IEnumerable<string> Arguments(Uri simulators) => Codes.SelectMany(code => new[]
    {
        $"--Sources:{code}:BaseUrl={new Uri(simulators, $"/{code}/")}",
        $"--Sources:{code}:AppKey=hub-demo",
        $"--Sources:{code}:AppSecret=demo-signing-secret",
    });

    public static IEnumerable<string> SourceArguments() => Codes.Select((code, i) => $"--Hub:Sources:{i}={code}");
}

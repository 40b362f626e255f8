using System.Globalization;

namespace Hub.Bench;

/// <summary>Command line of the benchmark driver: <c>--name value</c> pairs, nothing fancier.</summary>
public sealed record BenchOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:5080");
    public string ApiKey { get; init; } = "demo-caller-key";
    public int Count { get; init; } = 200;
    /// <summary>Closed loop: this many verifications in flight at once. Null when <see cref="Rate"/> is set.</summary>
    public int? Concurrency { get; init; }
    /// <summary>Open loop: verifications started per second, whatever the hub's pace.</summary>
    public double? Rate { get; init; }
    public int Warmup { get; init; } = 20;
    public int Members { get; init; } = 3;
    /// <summary>Source codes to ask for; null sends <c>"sources": null</c>, i.e. every source the hub is configured with.</summary>
    public IReadOnlyList<string>? Sources { get; init; }
    /// <summary>Hub processes whose peak memory and CPU use to report.</summary>
    public IReadOnlyList<int> Pids { get; init; } = [];
    /// <summary>More processes whose CPU use (with their child processes) to report: database, broker, simulators.</summary>
    public IReadOnlyList<int> CpuPids { get; init; } = [];
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(5);
    /// <summary>Optional: the simulators' base URL, to split the pipeline time at the moment the department was asked.</summary>
    public Uri? SimulatorUrl { get; init; }

    public const string Usage = """
        Hub.Bench --url http://127.0.0.1:5080 --api-key KEY --count 200 (--concurrency C | --rate R/s)
                  [--warmup 20] [--members 3] [--sources tax,bank | all] [--timeout-seconds 60] [--poll-ms 5]
                  [--pids 123,456] [--cpu-pids 789] [--simulator-url http://127.0.0.1:5081]
        Without --concurrency or --rate the closed loop runs with concurrency 1.
        """;

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length % 2 != 0) throw new ArgumentException("Options come in '--name value' pairs.");
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var (name, value) = (args[i], args[i + 1]);
            options = name switch
            {
                "--url" => options with { Url = new Uri(value.TrimEnd('/')) },
                "--api-key" => options with { ApiKey = value },
                "--count" => options with { Count = Positive(name, value) },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--rate" => options with { Rate = PositiveDouble(name, value) },
                "--warmup" => options with { Warmup = NonNegative(name, value) },
                "--members" => options with { Members = Positive(name, value) },
                "--sources" => options with { Sources = value == "all" ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--pids" => options with { Pids = PidList(name, value) },
                "--cpu-pids" => options with { CpuPids = PidList(name, value) },
                "--timeout-seconds" => options with { Timeout = TimeSpan.FromSeconds(PositiveDouble(name, value)) },
                "--poll-ms" => options with { PollInterval = TimeSpan.FromMilliseconds(NonNegative(name, value)) },
                "--simulator-url" => options with { SimulatorUrl = new Uri(value.TrimEnd('/')) },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }
        if (options.Concurrency is not null && options.Rate is not null)
            throw new ArgumentException("Give either --concurrency (closed loop) or --rate (open loop), not both.");
        // The hub's validator refuses households of more than 30.
        if (options.Members > 30) throw new ArgumentException("--members must be at most 30.");
        return options.Rate is null && options.Concurrency is null ? options with { Concurrency = 1 } : options;
    }

    public string LoadDescription => Rate is { } rate
        ? $"open loop, rate {rate.ToString("0.##", CultureInfo.InvariantCulture)}/s"
        : $"closed loop, concurrency {Concurrency}";

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static List<int> PidList(string name, string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => Positive(name, p)).ToList();

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new ArgumentException($"{name} must be a whole number >= 0, not '{value}'.");

    private static double PositiveDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d > 0
            ? d : throw new ArgumentException($"{name} must be a positive number, not '{value}'.");
}

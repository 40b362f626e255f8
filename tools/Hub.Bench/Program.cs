using System.Diagnostics;
using System.Globalization;
using Hub.Bench;

// Drives a running hub: warm-up, then the measured verifications, then the figures. Exit 1 on any error.
// Figures print with '.' decimals whatever the machine's locale, so scripts can parse them.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

Console.WriteLine(MachineInfo.Summary());
Console.WriteLine($"hub: {options.Url.GetLeftPart(UriPartial.Authority)}  {options.LoadDescription}  count {options.Count}  warmup {options.Warmup}");
using var http = HubClient.Create(options);
var driver = new LoadDriver(new VerificationRun(http, options), options);

// Warm-up: JIT, connection pools, EF query caches and broker channels, on indices the measured run never reuses.
var warmup = await driver.RunAsync(0, options.Warmup);
if (warmup.FirstOrDefault(o => o.Kind == OutcomeKind.Error) is { } failed)
    Console.WriteLine($"warm-up had {warmup.Count(o => o.Kind == OutcomeKind.Error)} error(s), first: {failed.Error}");

var cpuBefore = CpuSample.Take(options.Pids.Concat(options.CpuPids));
var started = Stopwatch.GetTimestamp();
var outcomes = await driver.RunAsync(options.Warmup, options.Count);
var elapsed = Stopwatch.GetElapsedTime(started);
var cpuAfter = CpuSample.Take(options.Pids.Concat(options.CpuPids));

var askedAt = options.SimulatorUrl is { } simulator ? await SimulatorJournal.TryReadAsync(http, simulator) : null;
RunReport.Print(options, outcomes, elapsed, askedAt, options.Pids.Select(ProcessMemory.Read).ToList(), cpuBefore, cpuAfter);
return outcomes.Any(o => o.Kind == OutcomeKind.Error) ? 1 : 0;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Hub.Workers as a separate operating-system process, so a test can kill it outright.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly Uri address;

    private WorkerProcess(Process process, Uri address) { this.process = process; this.address = address; }

    public static async Task<WorkerProcess> StartAsync(IEnumerable<string> arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hub.Workers.dll"));
        foreach (var argument in arguments.Where(a => a != "--urls" && !a.StartsWith("http://127.0.0.1:0"))) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var worker = new WorkerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await worker.WaitUntilLiveAsync();
        return worker;
    }

    /// <summary>SIGKILL: no graceful shutdown, no acknowledgements sent.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = address };
        for (var until = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < until; await Task.Delay(100))
        {
            if (process.HasExited) throw new InvalidOperationException($"The worker process exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        throw new TimeoutException("The worker process did not come up.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }
}

using Hub.Embedded;
using Hub.Testing;

namespace Hub.IntegrationTests.Web.Hosting;

/// <summary>
/// The embedded API on its own SQLite file and signing key, with no simulators: enough to see what
/// the transport and the headers do. Deletes its folder when disposed.
/// </summary>
public sealed class QuietEmbeddedApi : IAsyncDisposable
{
    private readonly string folder;

    private QuietEmbeddedApi(string folder, RunningApp app) { this.folder = folder; App = app; }

    public RunningApp App { get; }

    /// <summary>Starts on <c>http://127.0.0.1:0</c> unless the arguments configure Kestrel endpoints of their own.</summary>
    public static async Task<QuietEmbeddedApi> StartAsync(params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("hub-hardening-").FullName;
        try
        {
            return new QuietEmbeddedApi(folder, await RunningApp.StartAsync(EmbeddedHost.Build(
            [
                "--urls", "http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
                $"--Database:ConnectionString=Data Source={Path.Combine(folder, "hub.db")}",
                $"--Signing:KeyFolder={Path.Combine(folder, "signing")}",
                "--Simulators:Embedded=false",
                .. arguments,
            ])));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

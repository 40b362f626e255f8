using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Testing;

/// <summary>A web application really listening on a free loopback port.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app, Uri address) { App = app; Address = address; }

    public WebApplication App { get; }
    public Uri Address { get; }
    public IServiceProvider Services => App.Services;

    /// <summary>Starts the app built with <c>--urls http://127.0.0.1:0</c> and reads back the port Kestrel chose.</summary>
    public static async Task<RunningApp> StartAsync(WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A host that refused to start must not keep its port, files or connections for the rest of the run.
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

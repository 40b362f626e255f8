await Hub.Api.Hosting.HubApi.Build(args).RunAsync();

/// <summary>Entry point, public for WebApplicationFactory tests.</summary>
public partial class Program;

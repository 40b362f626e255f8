await Hub.Api.Hosting.HubApi.Build(args).RunAsync();

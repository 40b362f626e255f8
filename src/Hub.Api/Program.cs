using Hub.Api.Signing;

if (args is ["verify-report", ..]) return await VerifyReportCommand.RunAsync(args[1..]);
await Hub.Api.Hosting.HubApi.Build(args).RunAsync();
return 0;

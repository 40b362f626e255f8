using Hub.Web.Signing;

if (args is ["verify-report", ..]) return await VerifyReportCommand.RunAsync(args[1..]);
await Hub.Api.ApiHost.Build(args).RunAsync();
return 0;

using Hub.Web.Signing;

if (args is ["verify-report", ..]) return await VerifyReportCommand.RunAsync(args[1..]);
await Hub.Embedded.EmbeddedHost.Build(args).RunAsync();
return 0;

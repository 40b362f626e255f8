using Hub.Workers;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddHubWorkers(builder.Configuration).AddHealthChecks();
var app = builder.Build();
app.MapHealthChecks("/health/live");
await app.RunAsync();

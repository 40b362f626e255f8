await Hub.Workers.WorkersHost.Build(args).RunAsync();

await Hub.Workers.WorkerApp.Build(args).RunAsync();

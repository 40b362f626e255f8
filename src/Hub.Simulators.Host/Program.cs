await Hub.Simulators.SimulatorApp.Build(args).RunAsync();

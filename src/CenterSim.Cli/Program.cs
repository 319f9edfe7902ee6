using CenterSim.Cli;

ConsoleWidth.Apply();
return CliApp.Run(args, Console.Error);

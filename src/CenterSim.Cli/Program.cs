using CenterSim.Cli;
using Spectre.Console;

ConsoleWidth.Apply();
try
{
    return CliApp.Run(args, Console.Error);
}
catch (Exception e)
{
    AnsiConsole.MarkupLine("[red]centersim: internal failure[/]");
    Console.Error.WriteLine(e.ToString());
    return ExitCodes.InternalFailure;
}

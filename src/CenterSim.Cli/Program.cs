using CenterSim.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("centersim");
    config.PropagateExceptions();
    CommandTable.Register(config);
});

try
{
    return app.Run(args);
}
catch (BadInputException e)
{
    foreach (var m in e.Messages)
    {
        Console.Error.WriteLine(m);
    }
    return ExitCodes.BadInput;
}
catch (InfrastructureException e)
{
    Console.Error.WriteLine($"centersim: {e.Message}");
    return ExitCodes.InfrastructureFailure;
}
catch (CommandParseException e)
{
    Console.Error.WriteLine($"centersim: {Plain(e.Message)}");
    return ExitCodes.BadInput;
}
catch (CommandRuntimeException e)
{
    Console.Error.WriteLine($"centersim: {Plain(e.Message)}");
    return ExitCodes.BadInput;
}
catch (Exception e)
{
    AnsiConsole.MarkupLine("[red]centersim: internal failure[/]");
    Console.Error.WriteLine(e.ToString());
    return ExitCodes.InternalFailure;
}

// Spectre names the CLR type of an option it cannot convert; say what the user should type instead.
static string Plain(string message) => message.Replace("Nullable`1", "a whole number").Replace("Int32", "a whole number").Replace("UInt64", "a whole number");

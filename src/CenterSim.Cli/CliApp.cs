using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>The whole command line: strict parsing (an unknown option or stray argument is an error), the version, and exit codes.</summary>
public static class CliApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("centersim");
            config.SetApplicationVersion(ToolVersion.Text);
            config.UseStrictParsing();
            config.PropagateExceptions();
            config.ConfigureConsole(AnsiConsole.Console);
            CommandTable.Register(config);
        });
        return app;
    }

    /// <summary>Runs the command line; problems the user can fix go to <paramref name="error"/> and give exit code 2.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter error)
    {
        try
        {
            return Create().Run(args);
        }
        catch (BadInputException e)
        {
            foreach (var m in e.Messages)
            {
                error.WriteLine(m);
            }
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is CommandParseException or CommandRuntimeException)
        {
            error.WriteLine($"centersim: {ParseHints.Explain(Plain(e.Message), args)}");
            return ExitCodes.BadInput;
        }
    }

    // Spectre names the CLR type of an option it cannot convert; say what the user should type instead.
    private static string Plain(string message) =>
        message.Replace("Nullable`1", "a whole number").Replace("Int32", "a whole number").Replace("UInt64", "a whole number");
}

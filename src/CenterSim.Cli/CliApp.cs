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

    /// <summary>Runs the command line; a parse error gets a "did you mean" hint, every other failure is reported by <see cref="FailureReport"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter error)
    {
        try
        {
            return Create().Run(args);
        }
        catch (Exception e) when (e is CommandParseException or CommandRuntimeException)
        {
            error.WriteLine($"centersim: {ParseHints.Explain(FailureReport.Plain(e.Message), args)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            return FailureReport.Write(e, error);
        }
    }
}

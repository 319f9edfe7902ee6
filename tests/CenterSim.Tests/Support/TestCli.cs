using CenterSim.Cli;
using Spectre.Console.Cli;

namespace CenterSim.Tests.Support;

/// <summary>The `centersim` command table in a test: exceptions propagate, so a test sees what Program would map to an exit code.</summary>
public static class TestCli
{
    public static CommandApp App()
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.PropagateExceptions();
            CommandTable.Register(c);
        });
        return app;
    }
}

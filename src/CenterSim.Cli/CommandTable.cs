using CenterSim.Cli.Commands;
using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>Every `centersim` command, one line each.</summary>
public static class CommandTable
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<ValidateTraceCommand>("validate-trace").WithDescription("replay an openb GPU trace in inflation mode with every placement policy and compare with the FGD paper");
    }
}

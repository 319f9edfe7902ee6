using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>Every `centersim` command, one line each.</summary>
public static class CommandTable
{
    public static void Register(IConfigurator config)
    {
    }
}

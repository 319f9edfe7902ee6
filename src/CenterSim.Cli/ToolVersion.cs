using System.Reflection;

namespace CenterSim.Cli;

/// <summary>The version `centersim --version` prints: the assembly's informational version (from the project's Version).</summary>
public static class ToolVersion
{
    public static string Text { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown")
            .Split('+')[0];
}

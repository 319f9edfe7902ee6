using CenterSim.Scenarios.Schema;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim schema`: prints the JSON Schema of scenario files (docs/scenario.schema.json is this output).</summary>
public sealed class SchemaCommand : Command<SchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        Console.Out.Write(ScenarioSchema.Json());
        return ExitCodes.Success;
    }
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim validate FILE`: check a scenario without running it.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file")]
        public string File { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var spec = ScenarioInput.Load(settings.File);
        AnsiConsole.MarkupLineInterpolated(
            $"{settings.File}: [green]valid[/] scenario '{spec.Name}': {spec.Center.Racks.Count} racks, {spec.TotalChips} chips, {spec.Tenants.Sum(t => t.Count)} tenants, {spec.Replications} replication(s)");
        return ExitCodes.Success;
    }
}

using System.ComponentModel;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Experiments;
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
        // The file is read as `run` reads it (base and variants) and, with a 'sweep' key, as `sweep` reads it; every problem of both at once.
        var check = StudyCheck.File(settings.File);
        if (!check.Ok)
        {
            throw new BadInputException(check.Errors.Select(e => e.ToString()).ToList());
        }
        var spec = check.Variants!.Reference.Spec;
        var configurations = check.Variants.Arms.Count + (check.Sweep?.Arms.Count ?? 0);
        AnsiConsole.MarkupLineInterpolated(
            $"{settings.File}: [green]valid[/] scenario '{spec.Name}': {Size(spec)}, {spec.Tenants.Sum(t => t.Count)} tenants, {spec.Replications} replication(s), {configurations} configuration(s) with variants and sweep points");
        return ExitCodes.Success;
    }

    /// <summary>How big the simulated site is: the center's racks and chips, or a network's centers, regions, links and chips.</summary>
    public static string Size(ScenarioSpec spec)
    {
        if (spec.Network is not { } network)
        {
            return $"{spec.Center.Racks.Count} racks, {spec.TotalChips} chips";
        }
        var chips = network.Centers.Sum(c => c.Racks.Count * c.Racks.ServersPerRack * spec.Hardware[c.Racks.ServerType].ChipsPerServer);
        return $"{network.Centers.Count} centers in {network.Regions.Count} regions, {network.Links.Count} links, {chips} chips";
    }
}

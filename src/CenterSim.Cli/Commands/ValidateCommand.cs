using System.ComponentModel;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Model.Scenario;
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
        // Variants and sweep points are scenarios too: each is checked as `run` and `sweep` would build it.
        var variants = StudyCommandRunner.Load(settings.File, StudyKind.Variants, null, null, null);
        var hasSweep = System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(settings.File), "^sweep:", System.Text.RegularExpressions.RegexOptions.Multiline);
        var sweepPoints = hasSweep ? StudyCommandRunner.Load(settings.File, StudyKind.Sweep, null, null, null).Arms.Count : 0;
        var configurations = Math.Max(variants.Arms.Count, 1) + sweepPoints;
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

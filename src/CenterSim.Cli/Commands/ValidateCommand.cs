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
        MetricNames.CheckPrecision(check.Variants!.Precision);
        if (Studies.HeadlineCheck.Problems(check.Variants!) is { Count: > 0 } headline)
        {
            throw new BadInputException(headline);
        }
        ScenarioInput.PrintWarnings(check.Warnings);
        var spec = check.Variants!.Reference.Spec;
        var configurations = check.Variants.Arms.Count + (check.Sweep?.Arms.Count ?? 0);
        AnsiConsole.MarkupLineInterpolated(
            $"{settings.File}: [green]valid[/] scenario '{spec.Name}': {Size(spec)}, {spec.Tenants.Sum(t => t.Count)} tenants, {spec.Replications} replication(s), {configurations} configuration(s) with variants and sweep points");
        foreach (var line in Pools(spec))
        {
            AnsiConsole.WriteLine(line);
        }
        return ExitCodes.Success;
    }

    /// <summary>One line per pool of every center: its chips, server type, chip, ecosystem and whether the chips are domestic.</summary>
    public static IEnumerable<string> Pools(ScenarioSpec spec) =>
        Centers(spec).SelectMany(c => c.Pools.Select(p =>
        {
            var server = spec.Hardware[p.Racks.ServerType];
            var domestic = server.IsDomestic ? "domestic" : "not domestic";
            return $"  center {c.Name}, pool {p.Name}: {Chips(spec, p)} chips, {p.Racks.Count} rack{(p.Racks.Count == 1 ? "" : "s")} of {server.Name} ({server.Chip}), ecosystem {server.Ecosystem}, {domestic}";
        }));

    /// <summary>How big the simulated site is: the center's racks and chips (all pools), or a network's centers, regions, links and chips.</summary>
    public static string Size(ScenarioSpec spec)
    {
        var chips = Centers(spec).Sum(c => c.Pools.Sum(p => Chips(spec, p)));
        if (spec.Network is not { } network)
        {
            return $"{spec.Center.Pools.Sum(p => p.Racks.Count)} racks, {chips} chips";
        }
        return $"{network.Centers.Count} centers in {network.Regions.Count} regions, {network.Links.Count} links, {chips} chips";
    }

    private static IReadOnlyList<CenterSpec> Centers(ScenarioSpec spec) => spec.Network?.Centers ?? new[] { spec.Center };

    private static int Chips(ScenarioSpec spec, PoolSpec pool) =>
        pool.Racks.Count * pool.Racks.ServersPerRack * spec.Hardware[pool.Racks.ServerType].ChipsPerServer;
}

using CenterSim.Cli.Output;
using System.ComponentModel;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim run FILE`: run every replication of a scenario (and of its variants, if any) and write the results.</summary>
public sealed class RunCommand : Command<RunCommand.Settings>
{
    public sealed class Settings : StudySettings
    {
        [CommandOption("--events <FILE>")]
        [Description("also record the first replication's events (of the first variant) as JSON Lines; see docs/classroom.md")]
        public string? Events { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        // With a 'variants:' list this is a study (DIR/<variant>/... plus comparison and report);
        // without one the layout is a single scenario's, as before.
        var language = StudyCommandRunner.Language(settings.Lang);
        var study = StudyCommandRunner.Load(settings.File, StudyKind.Variants, null, settings.Seed, settings.Replications, settings.JobsCsv);
        var outDir = settings.Out ?? OutputFolder.Default(study.Name);
        var threads = settings.Threads ?? Environment.ProcessorCount;
        var status = StudyCommandRunner.Execute(study, settings.File, outDir, settings.Force, threads, language, settings.Cluster, verbose: settings.Verbose);
        if (status == 0 && settings.Events is { } events)
        {
            var (_, recorded) = Simulation.Events.RecordedRun.Run(study.Reference.Spec, 0);
            Simulation.Events.EventJson.WriteFile(recorded, events);
            Console.WriteLine($"events: {recorded.Count} written to {events}");
        }
        return status;
    }
}

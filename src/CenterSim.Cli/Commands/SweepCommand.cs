using System.ComponentModel;
using CenterSim.Cli.Output;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim sweep FILE --set KEY=V1,V2`: run the cartesian product of the values, each point with every replication.</summary>
public sealed class SweepCommand : Command<SweepCommand.Settings>
{
    public sealed class Settings : StudySettings
    {
        [CommandOption("--set <KEY=VALUES>")]
        [Description("a swept key and its comma-separated values, e.g. centers.0.pue=1.2,1.4 (repeat for more keys; default: the file's 'sweep:')")]
        public string[] Set { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var language = StudyCommandRunner.Language(settings.Lang);
        var axes = SweepArgument.Parse(settings.Set);
        var study = StudyCommandRunner.Load(settings.File, StudyKind.Sweep, axes, settings.Seed, settings.Replications, settings.JobsCsv);
        var outDir = settings.Out ?? OutputFolder.Default(study.Name + "-sweep");
        var threads = settings.Threads ?? Environment.ProcessorCount;
        return StudyCommandRunner.Execute(study, settings.File, outDir, settings.Force, threads, language, settings.Cluster, verbose: settings.Verbose);
    }
}

using System.ComponentModel;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim sweep FILE --set KEY=V1,V2`: run the cartesian product of the values, each point with every replication.</summary>
public sealed class SweepCommand : Command<SweepCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file")]
        public string File { get; init; } = "";

        [CommandOption("--set <KEY=VALUES>")]
        [Description("a swept key and its comma-separated values, e.g. centers.0.pue=1.2,1.4 (repeat for more keys; default: the file's 'sweep:')")]
        public string[] Set { get; init; } = [];

        [CommandOption("--out <DIR>")]
        [Description("results folder (default results/<scenario name>-sweep)")]
        public string? Out { get; init; }

        [CommandOption("--seed <N>")]
        [Description("override the scenario's seed")]
        public ulong? Seed { get; init; }

        [CommandOption("--replications <N>")]
        [Description("override the scenario's number of replications")]
        public int? Replications { get; init; }

        [CommandOption("--threads <N>")]
        [Description("runs side by side (default: number of cores)")]
        public int? Threads { get; init; }

        [CommandOption("--cluster <HOST:PORT>")]
        [Description("run the sweep's replications on the cluster reached through this node (see `centersim cluster node`)")]
        public string? Cluster { get; init; }

        [CommandOption("--lang <LANG>")]
        [Description("language of the report and plots: en (default) or zh")]
        public string? Lang { get; init; }

        public override ValidationResult Validate()
        {
            if (Replications is < 1)
            {
                return ValidationResult.Error("--replications must be at least 1");
            }
            if (Threads is < 1)
            {
                return ValidationResult.Error("--threads must be at least 1");
            }
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var language = StudyCommandRunner.Language(settings.Lang);
        var axes = SweepArgument.Parse(settings.Set);
        var study = StudyCommandRunner.Load(settings.File, StudyKind.Sweep, axes, settings.Seed, settings.Replications);
        var outDir = settings.Out ?? Path.Combine("results", study.Name + "-sweep");
        var threads = settings.Threads ?? Environment.ProcessorCount;
        return StudyCommandRunner.Execute(study, settings.File, outDir, threads, language, settings.Cluster);
    }
}

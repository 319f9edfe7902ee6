using System.ComponentModel;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim run FILE`: run every replication of a scenario (and of its variants, if any) and write the results.</summary>
public sealed class RunCommand : Command<RunCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file")]
        public string File { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("results folder (default results/<scenario name>)")]
        public string? Out { get; init; }

        [CommandOption("--seed <N>")]
        [Description("override the scenario's seed")]
        public ulong? Seed { get; init; }

        [CommandOption("--replications <N>")]
        [Description("override the scenario's number of replications")]
        public int? Replications { get; init; }

        [CommandOption("--threads <N>")]
        [Description("replications run side by side (default: number of cores)")]
        public int? Threads { get; init; }

        [CommandOption("--cluster <HOST:PORT>")]
        [Description("run the replications on the cluster reached through this node (see `centersim cluster node`)")]
        public string? Cluster { get; init; }

        [CommandOption("--lang <LANG>")]
        [Description("language of a study's report and plots: en (default) or zh")]
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
        // With a 'variants:' list this is a study (DIR/<variant>/... plus comparison and report);
        // without one the layout is a single scenario's, as before.
        var language = StudyCommandRunner.Language(settings.Lang);
        var study = StudyCommandRunner.Load(settings.File, StudyKind.Variants, null, settings.Seed, settings.Replications);
        var outDir = settings.Out ?? Path.Combine("results", study.Name);
        var threads = settings.Threads ?? Environment.ProcessorCount;
        return StudyCommandRunner.Execute(study, settings.File, outDir, threads, language, settings.Cluster);
    }
}

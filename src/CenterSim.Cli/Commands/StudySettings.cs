using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>The options `run` and `sweep` share: the scenario, where results go, and how the runs are made.</summary>
public class StudySettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("scenario YAML file")]
    public string File { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("results folder (default centersim-out/<scenario name>, with -sweep for a sweep)")]
    public string? Out { get; init; }

    [CommandOption("--force")]
    [Description("write even into the repository's reference results/ or a folder made from another scenario or by another command")]
    public bool Force { get; init; }

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
    [Description("run the replications on the cluster reached through this node (see `centersim cluster node`)")]
    public string? Cluster { get; init; }

    [CommandOption("--jobs-csv <WHAT>")]
    [Description("jobs.csv: all, none or sample:N (N jobs per replication, spread over the run); default: the scenario's output.jobs_csv")]
    public string? JobsCsv { get; init; }

    [CommandOption("--verbose")]
    [Description("with --cluster: show Akka's own warnings (association failures, gossip) too")]
    public bool Verbose { get; init; }

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

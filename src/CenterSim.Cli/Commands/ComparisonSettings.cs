using System.ComponentModel;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>The options `compare` and `compare-vouchers` share: where results go and how many runs go side by side.</summary>
public class ComparisonSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("results folder (default centersim-out/<scenario name>)")]
    public string? Out { get; init; }

    [CommandOption("--force")]
    [Description("write even into the repository's reference results/ or a folder made from another scenario or by another command")]
    public bool Force { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("language of the report and plots: en (default) or zh")]
    public string? Lang { get; init; }

    [CommandOption("--threads <N>")]
    [Description("replications run side by side (default: number of cores)")]
    public int? Threads { get; init; }
}

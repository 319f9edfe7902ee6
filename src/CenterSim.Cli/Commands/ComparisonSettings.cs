using System.ComponentModel;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>The options `compare` and `compare-vouchers` share: where results go and how many runs go side by side.</summary>
public class ComparisonSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("results folder (default results/<scenario name>)")]
    public string? Out { get; init; }

    [CommandOption("--threads <N>")]
    [Description("replications run side by side (default: number of cores)")]
    public int? Threads { get; init; }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using CenterSim.Traces.Readers;
using CenterSim.Traces.Validation;
using CenterSim.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim validate-trace`: replays an openb pod list on an openb node list with every trace placement
/// policy in inflation mode and compares allocation at 100% arrived load with the FGD paper.
/// </summary>
public sealed class ValidateTraceCommand : Command<ValidateTraceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--nodes <NODE_LIST>")]
        [Description("openb node list CSV (sn,cpu_milli,memory_mib,gpu,model)")]
        public string? Nodes { get; init; }

        [CommandOption("--pods <POD_LIST>")]
        [Description("openb pod list CSV (name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,...)")]
        public string? Pods { get; init; }

        [CommandOption("--seeds <N>")]
        [Description("seeds per policy (42, 43, ...; default 10); medians are reported")]
        public int Seeds { get; init; } = 10;

        [CommandOption("--max-load <PCT>")]
        [Description("submit tasks until requested GPUs reach this % of capacity (default 130)")]
        public int MaxLoadPct { get; init; } = 130;

        [CommandOption("--out <DIR>")]
        [Description("output folder for allocation.csv, allocation_curve.csv, allocation.png (default centersim-out/validate-trace)")]
        public string Out { get; init; } = OutputFolder.Default("validate-trace");

        [CommandOption("--force")]
        [Description("write even into the repository's reference results/")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Nodes) || string.IsNullOrWhiteSpace(Pods))
            {
                return ValidationResult.Error("--nodes and --pods are required");
            }
            if (Seeds < 1)
            {
                return ValidationResult.Error("--seeds must be at least 1");
            }
            if (MaxLoadPct < TraceValidation.ReferenceLoadPct + 1)
            {
                return ValidationResult.Error($"--max-load must be at least {TraceValidation.ReferenceLoadPct + 1}");
            }
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputFolder.Guard("--out", settings.Out, settings.Force);
        var nodes = OpenbNodeListReader.Read(settings.Nodes!);
        var pods = OpenbPodListReader.Read(settings.Pods!);
        var problems = nodes.Diagnostics.Concat(pods.Diagnostics).ToList();
        if (problems.Count == 0 && nodes.Rows.Sum(n => n.GpuCount) == 0)
        {
            problems.Add($"{settings.Nodes}: no GPU in the node list");
        }
        if (problems.Count > 0)
        {
            throw new BadInputException(problems);
        }

        var clock = Stopwatch.StartNew();
        var result = TraceValidation.Run(nodes.Rows, pods.Rows, new TraceValidationOptions(settings.Seeds, MaxLoad: settings.MaxLoadPct / 100.0));
        TraceValidation.WriteOutputs(result, settings.Out);
        clock.Stop();

        var table = new Table().AddColumns("policy", "allocation % @100", "published %", "difference", "fragmentation % @100");
        foreach (var row in result.Rows)
        {
            table.AddRow(
                row.Policy,
                F(row.AllocationPctAt100),
                row.PublishedAllocationPct is { } p ? F(p) : "-",
                row.DifferencePct is { } d ? d.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-",
                F(row.FragmentationPctAt100));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(
            $"{nodes.Rows.Count} nodes, {nodes.Rows.Sum(n => n.GpuCount)} GPUs, {pods.Rows.Count} tasks, {settings.Seeds} seeds; " +
            $"{clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; written to {settings.Out}");
        return ExitCodes.Success;
    }

    private static string F(double v) => double.IsNaN(v) ? "n/a" : v.ToString("0.00", CultureInfo.InvariantCulture);
}

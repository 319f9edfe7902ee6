using System.ComponentModel;
using System.Globalization;
using System.Text;
using CenterSim.Model.Results;
using CenterSim.Reporting;
using CenterSim.Scenarios.Market;
using CenterSim.Simulation.Runner;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim compare-vouchers FILE`: runs a market scenario once per voucher preset (the file's
/// <c>market.vouchers.preset</c> replaced), each with the no-vouchers counterfactual on the same seeds,
/// writes each run's results to DIR/&lt;preset&gt;/ and a comparison table to DIR/comparison.md.
/// </summary>
public sealed class CompareVouchersCommand : Command<CompareVouchersCommand.Settings>
{
    private static readonly string[] Columns =
    {
        "subsidy_yuan_per_additional_chip_hour", "additional_chip_hours", "sme_share", "voucher_redeemed_yuan",
        "voucher_expired_yuan", "voucher_misused_yuan", "profit_yuan", "utilization", "jobs_abandoned", "fairness_jain",
    };

    public sealed class Settings : ComparisonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file with a market.vouchers section and counterfactual: no-vouchers")]
        public string File { get; init; } = "";

        [CommandOption("--presets <LIST>")]
        [Description("comma-separated presets (default: all)")]
        public string? Presets { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var presets = settings.Presets?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            ?? VoucherPresets.All.Keys.ToArray();
        var unknown = presets.Where(p => !VoucherPresets.All.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new BadInputException($"--presets: unknown preset(s) {string.Join(", ", unknown)}; valid: {string.Join(", ", VoucherPresets.All.Keys)}");
        }
        var threads = settings.Threads ?? Environment.ProcessorCount;
        var specs = presets.Select(p => ScenarioInput.Load(settings.File, new[]
        {
            new KeyValuePair<string, string>("market.vouchers.preset", p),
            new KeyValuePair<string, string>("market.counterfactual", "no-vouchers"),
        })).ToList();
        var outDir = settings.Out ?? Path.Combine("results", specs[0].Name);
        var rows = new List<(string Preset, IReadOnlyList<RunResult> Runs)>();
        for (var i = 0; i < presets.Length; i++)
        {
            var spec = specs[i];
            var runs = Progress.Run(spec.Replications, $"{presets[i]}: {spec.Replications} replication(s) with and without vouchers",
                report => StudyRunner.Run(spec, threads, report));
            ResultsWriter.Write(spec, runs, Path.Combine(outDir, presets[i]));
            rows.Add((presets[i], runs));
        }
        var baseline = rows[0].Runs;
        var markdown = Table(rows, baseline);
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "comparison.md"), markdown);
        AnsiConsole.WriteLine(markdown);
        AnsiConsole.MarkupLineInterpolated($"[grey]wrote {outDir}/comparison.md and one results folder per preset[/]");
        return ExitCodes.Success;
    }

    /// <summary>Means over replications; the no-vouchers row comes from the counterfactual runs (the same for every preset).</summary>
    private static string Table(List<(string Preset, IReadOnlyList<RunResult> Runs)> rows, IReadOnlyList<RunResult> baseline)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| program | " + string.Join(" | ", Columns) + " |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", Columns.Length)));
        sb.AppendLine("| no vouchers | – | 0 | – | 0 | 0 | 0 | " + Format(Mean(baseline, "counterfactual_profit_yuan")) + " | – | – | – |");
        foreach (var (preset, runs) in rows)
        {
            sb.AppendLine($"| {preset} | " + string.Join(" | ", Columns.Select(c => Format(Mean(runs, c)))) + " |");
        }
        return sb.ToString();
    }

    private static double Mean(IReadOnlyList<RunResult> runs, string metric) => runs.Average(r => r[metric]);

    private static string Format(double v) => Math.Abs(v) >= 1000
        ? v.ToString("N0", CultureInfo.InvariantCulture)
        : v.ToString("G4", CultureInfo.InvariantCulture);
}

using System.ComponentModel;
using CenterSim.Cli.Output;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Market;
using CenterSim.Scenarios.Validation;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim compare-vouchers FILE`: a study with one arm per city voucher preset (the file's
/// <c>market.vouchers.preset</c> replaced, or in a network every agency's), each run with the no-vouchers counterfactual on the same
/// seeds, so every arm reports what its vouchers added; the first preset is the reference. Writes the
/// same folder as `run` with variants.
/// </summary>
public sealed class CompareVouchersCommand : Command<CompareVouchersCommand.Settings>
{
    /// <summary>What the console table shows; every metric is in the report and comparison.json.</summary>
    private static readonly string[] Columns =
    {
        "subsidy_yuan_per_additional_chip_hour", "additional_chip_hours", "sme_share", "voucher_redeemed_yuan",
        "voucher_expired_yuan", "voucher_misused_yuan", "profit_yuan", "counterfactual_profit_yuan", "utilization", "jobs_abandoned", "fairness_jain",
    };

    public sealed class Settings : ComparisonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file with a market.vouchers section")]
        public string File { get; init; } = "";

        [CommandOption("--presets <LIST>")]
        [Description("comma-separated presets (default: all; see `centersim list presets`)")]
        public string? Presets { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var presets = settings.Presets?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            ?? VoucherPresets.All.Keys.ToArray();
        var unknown = presets.Where(p => !VoucherPresets.All.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new BadInputException(unknown.Select(p => $"centersim: --presets: unknown preset '{p}'{Suggestions.HintWithList(p, VoucherPresets.All.Keys.ToList())}").ToList());
        }
        var programs = ProgramPaths(settings.File);
        var arms = presets.Select(p => new ArmPlan(p,
            programs.Select(path => new ArmSetting(path + ".preset", p, null))
                .Append(new ArmSetting("market.counterfactual", "no-vouchers", null)).ToList())).ToList();
        var study = StudyCommandRunner.Load(settings.File, StudyKind.Variants, null, null, null, commandLineArms: arms);
        var outDir = settings.Out ?? OutputFolder.Default(study.Name + "-vouchers");
        return StudyCommandRunner.Execute(study, settings.File, outDir, settings.Force, settings.Threads ?? Environment.ProcessorCount,
            StudyCommandRunner.Language(settings.Lang), printed: Columns);
    }

    /// <summary>
    /// Where the preset goes: <c>market.vouchers</c> for one program, and for a network's list of agencies
    /// every agency (<c>market.vouchers.0</c>, <c>.1</c>, ...), so an arm is every region's agency under that
    /// city's rules, each keeping its own region, spending rule and the keys written next to its preset.
    /// A file that cannot be read is reported by the study's loader.
    /// </summary>
    public static IReadOnlyList<string> ProgramPaths(string file)
    {
        var text = System.IO.File.Exists(file) ? System.IO.File.ReadAllText(file) : "";
        var tree = Scenarios.Tree.YamlTreeReader.Read(text, file, new List<Scenarios.Diagnostic>()) as Scenarios.Tree.MappingNode;
        return (tree?["market"] as Scenarios.Tree.MappingNode)?["vouchers"] is Scenarios.Tree.SequenceNode list && list.Items.Count > 0
            ? Enumerable.Range(0, list.Items.Count).Select(i => $"market.vouchers.{i}").ToList()
            : ["market.vouchers"];
    }
}

using System.ComponentModel;
using System.Text.RegularExpressions;
using CenterSim.Cli.Output;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Report;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Validation;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim compare FILE --key PATH --values 'A;B;C'`: a study with one variant per value of one dotted
/// key (each validated like a value written in the file; '{...}' values are YAML flow; 'name=value' names
/// one), against the file as written. Writes the same folder as `run` with variants: DIR/&lt;arm&gt;/,
/// comparison.json, report.html, report.md and plots/.
/// </summary>
public sealed class CompareCommand : Command<CompareCommand.Settings>
{
    private static readonly Regex NamedValue = new("^([a-z0-9._-]+)=(.+)$", RegexOptions.CultureInvariant);

    public sealed class Settings : ComparisonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file")]
        public string File { get; init; } = "";

        [CommandOption("--key <PATH>")]
        [Description("dotted key to vary, e.g. policies.pricing")]
        public string Key { get; init; } = "";

        [CommandOption("--values <LIST>")]
        [Description("values separated by ';', each optionally named: 'cheap={name: fixed, yuan_per_chip_hour: 8};dear=...'")]
        public string Values { get; init; } = "";

        [CommandOption("--metrics <LIST>")]
        [Description("comma-separated metrics for the console table (default: all; see `centersim list metrics`)")]
        public string? Metrics { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Key.Length == 0 || Values.Length == 0 ? Spectre.Console.ValidationResult.Error("give --key and --values") : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var metrics = MetricNames.Parse("--metrics", settings.Metrics);
        var arms = new List<ArmPlan> { new(StudySection.BaselineName, []) };
        foreach (var (text, i) in settings.Values.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select((v, i) => (v, i)))
        {
            var named = NamedValue.Match(text);
            var value = named.Success ? named.Groups[2].Value : text;
            var name = named.Success ? named.Groups[1].Value : ArmName(value, i);
            arms.Add(new ArmPlan(name, [new ArmSetting(settings.Key, value, null) { Name = named.Success ? name : null }]));
        }
        var duplicate = arms.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new BadInputException($"centersim: --values: the name '{duplicate.Key}' is used twice; name values as 'name=value'");
        }
        var study = StudyCommandRunner.Load(settings.File, StudyKind.Variants, null, null, null, commandLineArms: arms);
        var outDir = settings.Out ?? OutputFolder.Default(study.Name + "-compare");
        return StudyCommandRunner.Execute(study, settings.File, outDir, settings.Force, settings.Threads ?? Environment.ProcessorCount,
            StudyCommandRunner.Language(settings.Lang), printed: metrics);
    }

    /// <summary>A folder name from a plain value ("16" stays "16"); long or flow values become "value-N".</summary>
    private static string ArmName(string value, int index)
    {
        var safe = new string(value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        return safe.Length is > 0 and <= 24 && safe == value.ToLowerInvariant() ? safe : $"value-{index + 1}";
    }
}

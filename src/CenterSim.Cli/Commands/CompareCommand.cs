using System.ComponentModel;
using System.Globalization;
using System.Text;
using CenterSim.Reporting;
using CenterSim.Simulation.Runner;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim compare FILE --key PATH --values 'A;B;C'`: runs a scenario once per value of one dotted key
/// (each validated like a value written in the file; '{...}' values are YAML flow), writes each run's
/// results to DIR/&lt;n&gt;/ and a table of metric means to DIR/comparison.md.
/// </summary>
public sealed class CompareCommand : Command<CompareCommand.Settings>
{
    public sealed class Settings : ComparisonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file")]
        public string File { get; init; } = "";

        [CommandOption("--key <PATH>")]
        [Description("dotted key to vary, e.g. policies.pricing")]
        public string Key { get; init; } = "";

        [CommandOption("--values <LIST>")]
        [Description("values separated by ';'")]
        public string Values { get; init; } = "";

        [CommandOption("--metrics <LIST>")]
        [Description("comma-separated metrics for the table")]
        public string Metrics { get; init; } = "utilization,mean_wait_hours,revenue_yuan,profit_yuan,jobs_abandoned,sme_share,fairness_jain";

        public override ValidationResult Validate() =>
            Key.Length == 0 || Values.Length == 0 ? ValidationResult.Error("give --key and --values") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var values = settings.Values.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var metrics = settings.Metrics.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var specs = values.Select(v => ScenarioInput.Load(settings.File, new[] { new KeyValuePair<string, string>(settings.Key, v) })).ToList();
        var outDir = settings.Out ?? Path.Combine("results", specs[0].Name);
        var threads = settings.Threads ?? Environment.ProcessorCount;
        var sb = new StringBuilder();
        sb.AppendLine($"| {settings.Key} | " + string.Join(" | ", metrics) + " |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", metrics.Length)));
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var runs = Progress.Run(spec.Replications, $"{values[i]}: {spec.Replications} replication(s)", report => StudyRunner.Run(spec, threads, report));
            ResultsWriter.Write(spec, runs, Path.Combine(outDir, (i + 1).ToString(CultureInfo.InvariantCulture)));
            var missing = metrics.Where(m => runs[0].Metrics.All(x => x.Name != m)).ToList();
            if (missing.Count > 0)
            {
                throw new BadInputException($"--metrics: the runs have no metric {string.Join(", ", missing)}");
            }
            sb.AppendLine($"| {values[i].Replace("|", "\\|")} | " + string.Join(" | ", metrics.Select(m => Format(runs.Average(r => r[m])))) + " |");
        }
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "comparison.md"), sb.ToString());
        AnsiConsole.WriteLine(sb.ToString());
        return ExitCodes.Success;
    }

    private static string Format(double v) => Math.Abs(v) >= 1000
        ? v.ToString("N0", CultureInfo.InvariantCulture)
        : v.ToString("G4", CultureInfo.InvariantCulture);
}

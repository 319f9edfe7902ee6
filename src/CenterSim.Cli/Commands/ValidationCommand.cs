using System.ComponentModel;
using CenterSim.Cli.Validation;
using CenterSim.Reporting.Files;
using CenterSim.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim validation`: run every external comparison and write the validation page.</summary>
public sealed class ValidationCommand : Command<ValidationCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>")]
        [Description("public data folder (default: shared/data found above the current folder)")]
        public string? Data { get; init; }

        [CommandOption("--scenarios <DIR>")]
        [Description("folder of the shipped scenarios (default scenarios)")]
        public string Scenarios { get; init; } = "scenarios";

        [CommandOption("--out <DIR>")]
        [Description("where validation.md and validation.csv go (default centersim-out/validation)")]
        public string Out { get; init; } = OutputFolder.Default("validation");

        [CommandOption("--force")]
        [Description("write even into the repository's reference results/")]
        public bool Force { get; init; }

        [CommandOption("--threads <N>")]
        [Description("parallel runs (default: number of cores)")]
        public int Threads { get; init; } = Environment.ProcessorCount;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (settings.Data is not null && !Directory.Exists(settings.Data))
        {
            throw new BadInputException($"centersim: --data {settings.Data}: no such folder");
        }
        OutputFolder.Guard("--out", settings.Out, settings.Force);
        var suite = new ValidationSuite(settings.Scenarios, SharedData.Locate(settings.Data), Math.Max(1, settings.Threads),
            line => AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]"));
        suite.Run();

        var table = new Table().Border(TableBorder.Rounded).AddColumns("check", "quantity", "ours", "reference", "difference");
        foreach (var r in suite.Rows)
        {
            table.AddRow(Markup.Escape(r.Check), Markup.Escape(r.Quantity), r.Ours.ToString("G5"), r.Reference?.ToString("G5") ?? "–", r.Difference?.ToString("+0.####;-0.####") ?? "–");
        }
        AnsiConsole.Write(table);
        foreach (var s in suite.Skipped)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]not run:[/] {s}");
        }
        Directory.CreateDirectory(settings.Out);
        AtomicFile.WriteAllText(Path.Combine(settings.Out, "validation.md"), ValidationPage.Markdown(suite.Rows, suite.Skipped));
        AtomicFile.WriteAllText(Path.Combine(settings.Out, "validation.csv"), ValidationPage.Csv(suite.Rows));
        AnsiConsole.MarkupLineInterpolated($"[grey]wrote {settings.Out}/validation.md and validation.csv[/]");
        return ExitCodes.Success;
    }
}

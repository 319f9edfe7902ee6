using System.ComponentModel;
using System.Diagnostics;
using CenterSim.Reporting;
using CenterSim.Simulation.Runner;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim run FILE`: run every replication of a scenario and write its results.</summary>
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
        var spec = ScenarioInput.Load(settings.File);
        spec = spec with
        {
            Seed = settings.Seed ?? spec.Seed,
            Replications = settings.Replications ?? spec.Replications,
        };
        var outDir = settings.Out ?? Path.Combine("results", spec.Name);
        var threads = settings.Threads ?? Environment.ProcessorCount;

        var clock = Stopwatch.StartNew();
        var runs = Progress.Run(spec.Replications, $"{spec.Name}: {spec.Replications} replication(s) on {Math.Min(threads, spec.Replications)} thread(s)",
            report => StudyRunner.Run(spec, threads, report));
        var written = ResultsWriter.Write(spec, runs, outDir);
        clock.Stop();

        SummaryPrinter.Print(spec, runs);
        AnsiConsole.MarkupLineInterpolated($"[grey]wrote {written.Count} files to {outDir} in {clock.Elapsed.TotalSeconds:F1} s (wall clock)[/]");
        return ExitCodes.Success;
    }
}

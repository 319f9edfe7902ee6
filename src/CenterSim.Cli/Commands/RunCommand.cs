using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using CenterSim.Cluster;
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

        [CommandOption("--cluster <HOST:PORT>")]
        [Description("run the replications on the cluster reached through this node (see `centersim cluster node`)")]
        public string? Cluster { get; init; }

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
        IReadOnlyList<CenterSim.Model.Results.RunResult> runs;
        if (settings.Cluster is null)
        {
            runs = Progress.Run(spec.Replications, $"{spec.Name}: {spec.Replications} replication(s) on {Math.Min(threads, spec.Replications)} thread(s)",
                report => StudyRunner.Run(spec, threads, report));
        }
        else
        {
            // The nodes load the same file text with the same overrides, so they build this very spec.
            var overrides = new List<KeyValuePair<string, string>>();
            if (settings.Seed is { } seed)
            {
                overrides.Add(KeyValuePair.Create("seed", seed.ToString(CultureInfo.InvariantCulture)));
            }
            if (settings.Replications is { } n)
            {
                overrides.Add(KeyValuePair.Create("replications", n.ToString(CultureInfo.InvariantCulture)));
            }
            try
            {
                runs = Progress.Run(spec.Replications, $"{spec.Name}: {spec.Replications} replication(s) on the cluster at {settings.Cluster}",
                    report => ClusterStudyRunner.Run(settings.File, overrides, spec, settings.Cluster, report));
            }
            catch (ClusterUnavailableException e)
            {
                throw new BadInputException(e.Message);
            }
        }
        var written = ResultsWriter.Write(spec, runs, outDir);
        clock.Stop();

        SummaryPrinter.Print(spec, runs);
        AnsiConsole.MarkupLineInterpolated($"[grey]wrote {written.Count} files to {outDir} in {clock.Elapsed.TotalSeconds:F1} s (wall clock)[/]");
        return ExitCodes.Success;
    }
}

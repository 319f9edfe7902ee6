using System.ComponentModel;
using System.Diagnostics;
using CenterSim.Cli.Fuzzing;
using CenterSim.Scenarios.Fuzzing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim fuzz`: mutants of the shipped scenarios through this very CLI, each `validate`d (inside this
/// process through the CLI's entry point, or a child process with --isolate) and, when valid, `run` for 12
/// simulated hours in a child process into a folder of its own, every command with a time limit. Counts
/// exit codes, stack traces and time-outs; keeps every mutant that failed (exit 1, a stack trace, a
/// time-out) in --keep.
/// </summary>
public sealed class FuzzCommand : Command<FuzzCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--mutants <N>")]
        [Description("how many mutants (default 1000)")]
        public int Mutants { get; init; } = 1000;

        [CommandOption("--seed <N>")]
        [Description("seed of the mutations (default 1)")]
        public int Seed { get; init; } = 1;

        [CommandOption("--timeout <SECONDS>")]
        [Description("time limit of each child command (default 60)")]
        public int Timeout { get; init; } = 60;

        [CommandOption("--scenarios <DIR>")]
        [Description("folder of the scenarios to mutate: DIR/*.yaml and DIR/*/*.yaml (default scenarios)")]
        public string Scenarios { get; init; } = "scenarios";

        [CommandOption("--keep <DIR>")]
        [Description("where failing mutants are kept (default: a new temporary folder)")]
        public string? Keep { get; init; }

        [CommandOption("--isolate")]
        [Description("validate every mutant in a child process too (slower; a crash of validate cannot take the fuzzing down)")]
        public bool Isolate { get; init; }

        public override ValidationResult Validate() =>
            Mutants < 1 || Timeout < 1 ? ValidationResult.Error("--mutants and --timeout must be at least 1") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var bases = ScenarioCorpus.Files(settings.Scenarios);
        if (bases.Count == 0)
        {
            throw new BadInputException($"{settings.Scenarios}: no scenarios (*.yaml, */*.yaml) to mutate");
        }
        var work = Directory.CreateTempSubdirectory("centersim-fuzz-").FullName;
        var keep = settings.Keep ?? Path.Combine(work, "failures");
        Directory.CreateDirectory(keep);
        var mutator = new ScenarioMutator(settings.Seed);
        var limit = TimeSpan.FromSeconds(settings.Timeout);
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < settings.Mutants && !cancellation.IsCancellationRequested; k++)
        {
            var source = bases[k % bases.Count];
            var text = mutator.Mutate(File.ReadAllText(source));
            var file = Path.Combine(work, $"mutant-{k}.yaml");
            File.WriteAllText(file, text);
            var validate = settings.Isolate ? ChildRun.Start(["validate", file], limit) : InProcessRun.Start(["validate", file], limit);
            var run = (ChildRun?)null;
            if (validate.ExitCode == ExitCodes.Success)
            {
                var capped = Path.Combine(work, $"mutant-{k}-short.yaml");
                File.WriteAllText(capped, ShortRun.Cap(text));
                var output = Path.Combine(work, $"out-{k}");
                run = ChildRun.Start(["run", capped, "--out", output, "--threads", "1"], limit);
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }
            if (tally.Add(validate, run))
            {
                File.Copy(file, Path.Combine(keep, $"mutant-{k}.yaml"), overwrite: true);
                File.WriteAllText(Path.Combine(keep, $"mutant-{k}.txt"),
                    $"from {source}; operators: {mutator.Operators}\nvalidate: {validate}\nrun: {run}\n");
            }
            if (validate.TimedOut && !settings.Isolate)
            {
                Console.Error.WriteLine($"mutant {k}: validate gave no answer within {settings.Timeout} s; stopping (it cannot be stopped inside this process)");
                break;
            }
            if ((k + 1) % 100 == 0)
            {
                Console.Error.WriteLine($"{k + 1} mutants, {clock.Elapsed.TotalSeconds:F0} s: {tally}");
            }
        }
        // Plain lines, not wrapped to the terminal, so scripts can read the counts.
        Console.WriteLine(tally.ToString());
        Console.WriteLine($"failing mutants kept in {keep}");
        return tally.Failures == 0 ? ExitCodes.Success : ExitCodes.InternalFailure;
    }
}

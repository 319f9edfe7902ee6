using System.ComponentModel;
using System.Globalization;
using CenterSim.Simulation.Benchmark;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim bench`: the M/M/64 model at load 0.9 on the actor engine and on the plain loop, one
/// replication each in this process. Prints events per second per engine and their ratio.
/// </summary>
public sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--jobs <N>")]
        [Description("jobs to simulate on each engine (default 1000000)")]
        public long Jobs { get; init; } = 1_000_000;

        [CommandOption("--seed <N>")]
        [Description("random seed (default 1)")]
        public ulong Seed { get; init; } = 1;

        public override ValidationResult Validate() =>
            Jobs < 1 ? ValidationResult.Error("--jobs must be at least 1") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        // A short warm-up of both engines so the timed runs measure steady-state code, not the JIT.
        EngineBenchmark.Actors(Math.Min(settings.Jobs, 20_000), settings.Seed + 1);
        EngineBenchmark.Plain(Math.Min(settings.Jobs, 20_000), settings.Seed + 1);

        var plain = EngineBenchmark.Plain(settings.Jobs, settings.Seed);
        var actors = EngineBenchmark.Actors(settings.Jobs, settings.Seed);
        Print(actors);
        Print(plain);
        Console.WriteLine(FormattableString.Invariant($"memory bytes_per_server_actor={MemoryProbe.BytesPerServerActor(5000):F0} bytes_per_waiting_job={MemoryProbe.BytesPerWaitingJob(100_000):F0}"));
        Console.WriteLine(FormattableString.Invariant($"same_mean_wait={(Math.Abs(actors.MeanWaitHours - plain.MeanWaitHours) < 1e-12 ? "yes" : "no")}"));
        Console.WriteLine(FormattableString.Invariant($"cpu_ratio={plain.CpuSeconds / actors.CpuSeconds:F3}"));
        Console.WriteLine(FormattableString.Invariant($"ratio={actors.EventsPerSecond / plain.EventsPerSecond:F3}"));
        return ExitCodes.Success;
    }

    private static void Print(EngineMeasurement m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"engine={m.Engine} jobs={m.Jobs} events={m.Events} wall_s={m.WallSeconds:F3} cpu_s={m.CpuSeconds:F3} events_per_s={m.EventsPerSecond:F0} mean_wait_hours={m.MeanWaitHours:F6}"));
}

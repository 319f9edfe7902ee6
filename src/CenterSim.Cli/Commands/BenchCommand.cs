using System.ComponentModel;
using System.Globalization;
using CenterSim.Model.Infrastructure;
using CenterSim.Policies;
using CenterSim.Scenarios.Benchmark;
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

        [CommandOption("--repeats <N>")]
        [Description("timed runs of each engine, alternating, of each --scale row and (at least two) of each --parallel side; the fastest of each is printed (default 3)")]
        public int Repeats { get; init; } = 3;

        [CommandOption("--seed <N>")]
        [Description("random seed (default 1)")]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--scale")]
        [Description("also run generated 10,000- and 100,000-chip centers with every scheduling x placement combination; writes results/bench/scale.md")]
        public bool Scale { get; init; }

        [CommandOption("--network")]
        [Description("also run a generated national network of six hubs, about 100,000 chips in all; writes results/bench/network-scale.md")]
        public bool Network { get; init; }

        [CommandOption("--hub-racks <N>")]
        [Description("--network: racks of 64 chips in each hub (default 261: 16,704 chips, 100,224 in the network)")]
        public int? HubRacks { get; init; }

        [CommandOption("--network-out <FILE>")]
        [Description("where --network writes its table (default results/bench/network-scale.md)")]
        public string? NetworkOut { get; init; }

        [CommandOption("--days <N>")]
        [Description("simulated days of each --scale, --network or --parallel run after a day of warm-up (default 30)")]
        public double? Days { get; init; }

        [CommandOption("--racks <LIST>")]
        [Description("--scale center sizes in racks of 64 chips, comma-separated (default 157,1563: 10,048 and 100,032 chips)")]
        public string? Racks { get; init; }

        [CommandOption("--scale-out <FILE>")]
        [Description("where --scale writes its table (default results/bench/scale.md)")]
        public string? ScaleOut { get; init; }

        [CommandOption("--parallel")]
        [Description("also time --replications replications of the generated 10,048-chip center (fifo, first-fit, --days) on one thread and on --threads, and print the speed-up")]
        public bool Parallel { get; init; }

        [CommandOption("--replications <N>")]
        [Description("--parallel: replications to run (default 8)")]
        public int? Replications { get; init; }

        [CommandOption("--threads <N>")]
        [Description("--parallel: threads to compare with one (default 2)")]
        public int? Threads { get; init; }

        [CommandOption("--scheduling <LIST>")]
        [Description("--scale: only these scheduling policies, comma-separated (default all)")]
        public string? Scheduling { get; init; }

        [CommandOption("--placement <LIST>")]
        [Description("--scale: only these placement policies, comma-separated (default all)")]
        public string? Placement { get; init; }

        [CommandOption("--capping <LIST>")]
        [Description("--scale: run each row under these rack power cappings, comma-separated: none, throttle (default none)")]
        public string? Capping { get; init; }

        public int HubRacksOrDefault => HubRacks ?? NetworkScaleModel.DefaultRacksPerHub;

        public string NetworkOutOrDefault => NetworkOut ?? "results/bench/network-scale.md";

        public double DaysOrDefault => Days ?? 30;

        public string RacksOrDefault => Racks ?? "157,1563";

        public string ScaleOutOrDefault => ScaleOut ?? "results/bench/scale.md";

        public int ReplicationsOrDefault => Replications ?? 8;

        public int ThreadsOrDefault => Threads ?? 2;

        /// <summary>Every problem at once, one a line; an option of a part that is not run is refused, not ignored.</summary>
        public override ValidationResult Validate()
        {
            var errors = new List<string>();
            if (Jobs < 1)
            {
                errors.Add("--jobs must be at least 1");
            }
            if (Repeats is < 1 or > 20)
            {
                errors.Add("--repeats must be from 1 to 20");
            }
            if (Replications is < 1 or > 1000)
            {
                errors.Add("--replications must be from 1 to 1000");
            }
            if (Threads is < 2 or > 256)
            {
                errors.Add("--threads must be from 2 to 256");
            }
            if (Days is { } days && !(days > 0 && days <= 366))
            {
                errors.Add("--days must be above 0 and at most 366");
            }
            if (HubRacks is { } hubRacks && (hubRacks < MinHubRacks || hubRacks > 20000))
            {
                errors.Add($"--hub-racks must be a whole number from {MinHubRacks} to 20000 (a hub must hold the largest gang, {NetworkScaleModel.LargestGang} chips)");
            }
            foreach (var (option, list, names) in new[] { ("--scheduling", Scheduling, PolicyCatalog.Scheduling.Names), ("--placement", Placement, PolicyCatalog.Placement.Names) })
            {
                if (Names(list) is not { } given)
                {
                    continue;
                }
                if (given.Length == 0)
                {
                    errors.Add($"{option} names no policy (known: {string.Join(", ", names)})");
                }
                errors.AddRange(given.Where(n => !names.Contains(n)).Select(n => $"{option}: unknown policy '{n}' (known: {string.Join(", ", names)})"));
            }
            if (Names(Capping) is { } cappings)
            {
                if (cappings.Length == 0)
                {
                    errors.Add($"--capping names no mode (known: {string.Join(", ", CappingNames)})");
                }
                errors.AddRange(cappings.Where(n => !CappingNames.Contains(n)).Select(n => n == "delay"
                    ? $"--capping: delay is not offered: the generated centers' 64- and 256-chip gangs take whole racks (44.8 kW), above the {ScaleModel.RackCapKw} kW cap, so they could never start"
                    : $"--capping: unknown mode '{n}' (known: {string.Join(", ", CappingNames)})"));
            }
            if (Racks is { } racks && RackList(racks) is null)
            {
                errors.Add("--racks must be a comma-separated list of whole numbers from 1 to 20000");
            }
            Requires(errors, Scale, "--scale", ("--racks", Racks), ("--scale-out", ScaleOut), ("--scheduling", Scheduling), ("--placement", Placement), ("--capping", Capping));
            Requires(errors, Network, "--network", ("--hub-racks", HubRacks), ("--network-out", NetworkOut));
            Requires(errors, Parallel, "--parallel", ("--replications", Replications), ("--threads", Threads));
            if (Days is not null && !(Scale || Network || Parallel))
            {
                errors.Add("--days is read only with --scale, --network or --parallel");
            }
            return errors.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join(Environment.NewLine, errors));
        }

        private static void Requires(List<string> errors, bool on, string mode, params (string Option, object? Value)[] options) =>
            errors.AddRange(on ? [] : options.Where(o => o.Value is not null).Select(o => $"{o.Option} is read only with {mode}"));

        private const int MinHubRacks = NetworkScaleModel.LargestGang / NetworkScaleModel.ChipsPerRack;

        // Not delay: the generated centers' gangs of 64 and 256 chips take whole racks, which draw 44.8 kW,
        // above the 36 kW cap, so under delay capping they could never start and would block the queue.
        private static readonly string[] CappingNames = ["none", "throttle"];

        /// <summary>The capping modes of <c>--capping</c> (after validation), in the order given; none when not given.</summary>
        public IReadOnlyList<CappingMode> CappingsOrDefault =>
            Names(Capping)?.Select(n => Enum.Parse<CappingMode>(n, ignoreCase: true)).ToArray() ?? [CappingMode.None];

        public static string[]? Names(string? list) => list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        public static int[]? RackList(string text)
        {
            var parts = text.Split(',', StringSplitOptions.TrimEntries);
            var racks = new List<int>();
            foreach (var p in parts)
            {
                if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r < 1 || r > 20000)
                {
                    return null;
                }
                racks.Add(r);
            }
            return racks.ToArray();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        // Built (and validated) first: a model that is not a valid scenario stops the command before any timing.
        var network = settings.Network ? NetworkScaleModel.Spec(settings.HubRacksOrDefault, settings.DaysOrDefault, settings.Seed) : null;
        // A short warm-up of both engines so the timed runs measure steady-state code, not the JIT.
        EngineBenchmark.Actors(Math.Min(settings.Jobs, 20_000), settings.Seed + 1);
        EngineBenchmark.Plain(Math.Min(settings.Jobs, 20_000), settings.Seed + 1);

        // Each engine is timed several times, alternating, and its fastest run counts: a single run of
        // either can be slowed by the machine or by code still being recompiled in the background.
        var (plain, actors) = EngineBenchmark.Best(settings.Jobs, settings.Seed, settings.Repeats);
        Console.WriteLine(FormattableString.Invariant($"repeats={settings.Repeats} (the fastest run of each engine)"));
        Print(actors);
        Print(plain);
        Console.WriteLine(FormattableString.Invariant($"memory bytes_per_server_actor={MemoryProbe.BytesPerServerActor(5000):F0} bytes_per_waiting_job={MemoryProbe.BytesPerWaitingJob(100_000):F0}"));
        Console.WriteLine(FormattableString.Invariant($"same_mean_wait={(Math.Abs(actors.MeanWaitHours - plain.MeanWaitHours) < 1e-12 ? "yes" : "no")}"));
        Console.WriteLine(FormattableString.Invariant($"cpu_ratio={plain.CpuSeconds / actors.CpuSeconds:F3}"));
        Console.WriteLine(FormattableString.Invariant($"ratio={actors.EventsPerSecond / plain.EventsPerSecond:F3}"));
        if (settings.Scale)
        {
            ScaleTable.Write(settings.ScaleOutOrDefault, actors, Settings.RackList(settings.RacksOrDefault)!, settings.DaysOrDefault, Settings.Names(settings.Scheduling), Settings.Names(settings.Placement), settings.Repeats, settings.CappingsOrDefault);
        }
        if (settings.Parallel)
        {
            var p = ParallelBenchmark.Run(157, settings.DaysOrDefault, settings.ReplicationsOrDefault, settings.ThreadsOrDefault, Math.Max(2, settings.Repeats));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parallel chips={p.Chips} replications={p.Replications} events={p.Events} one_thread_s={p.OneThreadSeconds:F2} threads={p.Threads} threads_s={p.ThreadsSeconds:F2} speedup={p.Speedup:F2} one_thread_gc_pause_s={p.OneThreadGcPauseSeconds:F2} threads_gc_pause_s={p.ThreadsGcPauseSeconds:F2} same_results={(p.SameResults ? "yes" : "no")}"));
        }
        if (network is not null)
        {
            NetworkScaleTable.Write(settings.NetworkOutOrDefault, actors, network, settings.DaysOrDefault);
        }
        return ExitCodes.Success;
    }

    private static void Print(EngineMeasurement m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"engine={m.Engine} jobs={m.Jobs} events={m.Events} wall_s={m.WallSeconds:F3} cpu_s={m.CpuSeconds:F3} events_per_s={m.EventsPerSecond:F0} allocated_bytes_per_event={m.AllocatedBytesPerEvent:F0}{(m.Messages > 0 ? $" messages_per_event={m.MessagesPerEvent:F2}" : "")} gc_collections={m.Collections} gc_pause_s={m.GcPauseSeconds:F3} mean_wait_hours={m.MeanWaitHours:F6}"));
}

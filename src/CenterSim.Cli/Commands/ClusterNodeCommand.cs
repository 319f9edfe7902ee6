using System.ComponentModel;
using System.Runtime.InteropServices;
using CenterSim.Cluster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim cluster node --port P [--seed HOST:PORT]`: a worker node that runs replications of the
/// studies submitted with `--cluster`, until Ctrl+C or SIGTERM, then leaves the cluster gracefully.
/// </summary>
public sealed class ClusterNodeCommand : Command<ClusterNodeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <P>")]
        [Description("TCP port of this node")]
        public int? Port { get; init; }

        [CommandOption("--seed <HOST:PORT>")]
        [Description("a node already in the cluster (omit on the first node: it is its own seed)")]
        public string? Seed { get; init; }

        [CommandOption("--host <HOST>")]
        [Description("address the other nodes reach this one at (default 127.0.0.1)")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--cores <N>")]
        [Description("runs side by side on this node (default: number of cores)")]
        public int? Cores { get; init; }

        [CommandOption("--verbose")]
        [Description("show Akka's own warnings (association failures, gossip) too")]
        public bool Verbose { get; init; }

        public override ValidationResult Validate()
        {
            if (Port is not (>= 1 and <= 65535))
            {
                return ValidationResult.Error("--port must be given, between 1 and 65535");
            }
            if (Seed is not null && !HostPort.TryParse(Seed, out _))
            {
                return ValidationResult.Error($"--seed '{Seed}' is not HOST:PORT, e.g. 127.0.0.1:4053");
            }
            if (Cores is < 1)
            {
                return ValidationResult.Error("--cores must be at least 1");
            }
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var gate = new object();
        void Say(string line)
        {
            lock (gate)
            {
                Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
            }
        }

        var seed = settings.Seed is null ? null : HostPort.Parse(settings.Seed);
        using var node = ClusterNode.Start(settings.Host, settings.Port!.Value, seed, settings.Cores, Say, verbose: settings.Verbose);
        Say($"node {node.Address} started; joining {(seed is null ? "as its own seed" : $"through {seed}")}");

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.TrySetResult();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var cancelled = cancellation.Register(() => stop.TrySetResult());

        var first = Task.WaitAny(stop.Task, node.Stopped);
        if (first == 0)
        {
            Say("leaving the cluster");
            node.LeaveAsync().Wait(TimeSpan.FromSeconds(20));
        }
        else
        {
            AnsiConsole.MarkupLine("[yellow]the node was removed from the cluster[/]");
        }
        Say("stopped");
        return ExitCodes.Success;
    }
}

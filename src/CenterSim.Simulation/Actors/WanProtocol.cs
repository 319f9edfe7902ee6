using CenterSim.Model.Network;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class WanProtocol
{
    /// <summary>Move a job's input data along a route to a center.</summary>
    public sealed record Send(Job Job, int Center, WanRoute Route, double Bits);

    /// <summary>Calendar event: the transfer that finishes first should be done now, unless rates changed since (older version).</summary>
    public sealed record TransferTick(int Version);

    /// <summary>The total rate a directed link now carries and how many transfers share it.</summary>
    public sealed record LinkLoad(double BitsPerSecond, int Flows);

    /// <summary>Asks a link for its tallies over the measurement window; answered with <see cref="Usage"/>.</summary>
    public sealed record UsageRequest
    {
        public static UsageRequest Instance { get; } = new();
    }

    /// <summary>Bits a link carried, seconds it was busy and transfer-seconds it held, over the measurement window.</summary>
    public sealed record Usage(int Link, double Bits, double BusySeconds, double FlowSeconds, double WindowSeconds);
}

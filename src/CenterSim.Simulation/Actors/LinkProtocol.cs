namespace CenterSim.Simulation.Actors;

public static class LinkProtocol
{
    /// <summary>The link's log of flow changes holds <see cref="LinkActor.BatchSize"/>: read it.</summary>
    public sealed record ReadFlows
    {
        public static ReadFlows Instance { get; } = new();
    }

    /// <summary>Asks for the link's usage; answered with <see cref="Usage"/>.</summary>
    public sealed record UsageRequest
    {
        public static UsageRequest Instance { get; } = new();
    }

    /// <summary>Flow-seconds since time 0, the fair share a flow gets now (Gbit/s) and the link's latency; Rack is -1 for the spine.</summary>
    public sealed record Usage(int Rack, double FlowSeconds, double ShareGbps, double LatencyMicros);
}

namespace CenterSim.Simulation.Actors;

public static class LinkProtocol
{
    /// <summary>A gang spanning racks starts exchanging data over this uplink.</summary>
    public sealed record FlowStarted(long JobId);

    /// <summary>The gang's traffic over this uplink has ended.</summary>
    public sealed record FlowEnded(long JobId);

    /// <summary>Asks for the link's usage; answered with <see cref="Usage"/>.</summary>
    public sealed record UsageRequest
    {
        public static UsageRequest Instance { get; } = new();
    }

    /// <summary>Flow-seconds since time 0, the fair share a flow gets now (Gbit/s) and the link's latency; Rack is -1 for the spine.</summary>
    public sealed record Usage(int Rack, double FlowSeconds, double ShareGbps, double LatencyMicros);
}

namespace CenterSim.Simulation.Actors;

public static class PowerProtocol
{
    /// <summary>A server now draws this many watts.</summary>
    public sealed record PowerChanged(int Server, double Watts);

    /// <summary>Asks for the energy integral; answered with <see cref="Snapshot"/>.</summary>
    public sealed record SnapshotRequest(int Tag);

    /// <summary>IT energy since time 0 (joules) and IT power now (watts).</summary>
    public sealed record Snapshot(int Tag, double ItJoules, double ItWatts);
}

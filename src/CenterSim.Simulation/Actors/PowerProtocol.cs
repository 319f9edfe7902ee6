namespace CenterSim.Simulation.Actors;

public static class PowerProtocol
{
    /// <summary>A server now draws this many watts.</summary>
    public sealed record PowerChanged(int Server, double Watts);

    /// <summary>Asks for the energy integral; answered with <see cref="Snapshot"/>.</summary>
    public sealed record SnapshotRequest(int Tag);

    /// <summary>IT energy since time 0 (joules) and IT power now (watts).</summary>
    public sealed record Snapshot(int Tag, double ItJoules, double ItWatts)
    {
        /// <summary>Facility energy since time 0 (joules), integrated with the load-dependent PUE.</summary>
        public double FacilityJoules { get; init; }

        /// <summary>Electricity cost since time 0 at the time-of-use tariff (yuan), net of the power subsidy for domestic chips.</summary>
        public double CostYuan { get; init; }

        /// <summary>What the hub's power subsidy for domestic chips has paid back since time 0 (yuan).</summary>
        public double PowerSubsidyYuan { get; init; }

        /// <summary>Emissions since time 0 at the hourly carbon intensity (kg).</summary>
        public double CarbonKg { get; init; }

        /// <summary>Highest facility power held for a positive time since the previous snapshot (W).</summary>
        public double PeakFacilityWattsSinceLast { get; init; }

        /// <summary>Times a rack or the facility went above its cap, since time 0.</summary>
        public long CapViolations { get; init; }

        /// <summary>Caps exceeded at the moment of the snapshot (the facility's and each rack's): a window that opens during a violation counts it.</summary>
        public int CapsExceededNow { get; init; }
    }

    /// <summary>A rack's draw went above its cap (<paramref name="Over"/>) or back at or under it.</summary>
    public sealed record RackLevel(int Rack, bool Over);
}

namespace CenterSim.Simulation.Serving;

/// <summary>Messages between inference services, the scheduler that owns the chips, and the calendar.</summary>
public static class ServingProtocol
{
    /// <summary>A service asks for <paramref name="Chips"/> chips of <paramref name="Pool"/> for one replica; answered with <see cref="ReplicaGranted"/>, at once or later.</summary>
    public sealed record AcquireReplica(int Service, int Replica, int Pool, int Chips);

    /// <summary>A service gives a replica's chips back, or withdraws its request for them.</summary>
    public sealed record ReleaseReplica(int Service, int Replica);

    public sealed record ReplicaGranted(int Replica);

    /// <summary>The replica's server failed: its chips are gone and its requests must be served elsewhere.</summary>
    public sealed record ReplicaLost(int Replica);

    /// <summary>Asks the scheduler for the chip-sharing counters; answered with <see cref="SharingCounters"/>.</summary>
    public sealed record CountersRequest
    {
        public static CountersRequest Instance { get; } = new();
    }

    /// <summary>Since time 0: training jobs preempted for services, the chip-seconds of work they lost, chip-seconds services held, chip-seconds lent to training, and seconds some replica waited for chips while training held them back.</summary>
    public sealed record SharingCounters(long PreemptedJobs, double LostChipSeconds, double ServingChipSeconds, double LentChipSeconds, double BlockedSeconds);

    /// <summary>Calendar event: the service's next request arrives.</summary>
    public sealed record Arrival
    {
        public static Arrival Instance { get; } = new();
    }

    /// <summary>Calendar event: a replica's segment ends, unless it moved since (<paramref name="Version"/>).</summary>
    public sealed record SegmentDone(int Replica, int Version);

    /// <summary>Calendar event: a replica has loaded its weights.</summary>
    public sealed record Loaded(int Replica);

    public sealed record AutoscaleTick
    {
        public static AutoscaleTick Instance { get; } = new();
    }

    /// <summary>Calendar event, market runs: the hour is over and the tokens served in it are billed.</summary>
    public sealed record BillTick
    {
        public static BillTick Instance { get; } = new();
    }

    public sealed record WindowOpen
    {
        public static WindowOpen Instance { get; } = new();
    }

    public sealed record WindowClose
    {
        public static WindowClose Instance { get; } = new();
    }
}

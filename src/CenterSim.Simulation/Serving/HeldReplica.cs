using Akka.Actor;
using CenterSim.Policies.Placement;

namespace CenterSim.Simulation.Serving;

/// <summary>A replica's claim on chips, kept by the scheduler: who asked, where, and (once granted) which chips.</summary>
public sealed class HeldReplica(IActorRef service, int serviceIndex, int replica, int pool, int chips)
{
    public IActorRef Service { get; } = service;

    public int ServiceIndex { get; } = serviceIndex;

    public int Replica { get; } = replica;

    public int Pool { get; } = pool;

    public int Chips { get; } = chips;

    public ChipGrant[] Grants { get; set; } = Array.Empty<ChipGrant>();

    /// <summary>The id the servers meter the replica's chips under (negative, so it never meets a job's).</summary>
    public long MeterId => -(ServiceIndex * 1_000_000L + Replica) - 1;
}

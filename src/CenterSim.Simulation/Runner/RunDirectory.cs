using Akka.Actor;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// The addresses of a run's actors. Filled while the run starts (before the clock moves), read after.
/// </summary>
public sealed class RunDirectory
{
    public IActorRef Scheduler { get; set; } = ActorRefs.Nobody;

    public IActorRef Market { get; set; } = ActorRefs.Nobody;

    public IActorRef Metrics { get; set; } = ActorRefs.Nobody;

    public IActorRef PowerBudget { get; set; } = ActorRefs.Nobody;

    public IActorRef Center { get; set; } = ActorRefs.Nobody;

    /// <summary>The voucher program's issuing agency; Nobody when the run has no vouchers.</summary>
    public IActorRef VoucherAgency { get; set; } = ActorRefs.Nobody;

    public IActorRef[] Servers { get; set; } = Array.Empty<IActorRef>();

    public IActorRef[] RackLinks { get; set; } = Array.Empty<IActorRef>();

    /// <summary>The spine link joining the racks.</summary>
    public IActorRef Spine { get; set; } = ActorRefs.Nobody;

    public List<IActorRef> Tenants { get; } = new();
}

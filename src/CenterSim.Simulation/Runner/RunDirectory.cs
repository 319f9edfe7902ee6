using Akka.Actor;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// The addresses of a run's actors. Filled while the run starts (before the clock moves), read after.
/// </summary>
public sealed class RunDirectory
{
    public RunDirectory() => Local = new LocalActors(this);

    /// <summary>The instances behind the busiest addresses, for posting to them.</summary>
    public LocalActors Local { get; }

    public IActorRef Scheduler { get; set; } = ActorRefs.Nobody;

    public IActorRef Market { get; set; } = ActorRefs.Nobody;

    public IActorRef Metrics { get; set; } = ActorRefs.Nobody;

    public IActorRef PowerBudget { get; set; } = ActorRefs.Nobody;

    /// <summary>Servers' changes of draw not yet read by the power budget (see <see cref="Actors.ChangeLog{TChange}"/>); the budget reads them at least hourly, when the meter asks for its snapshot.</summary>
    public Actors.ChangeLog<(int Server, double Watts)> PowerChanges { get; } = new();

    public IActorRef Center { get; set; } = ActorRefs.Nobody;

    /// <summary>The voucher program's issuing agency; Nobody when the run has no vouchers.</summary>
    public IActorRef VoucherAgency { get; set; } = ActorRefs.Nobody;

    public IActorRef[] Servers { get; set; } = Array.Empty<IActorRef>();

    public IActorRef[] RackLinks { get; set; } = Array.Empty<IActorRef>();

    /// <summary>Flows started (+1) and ended (−1) on each rack's uplink, by job, not yet read by its link (see <see cref="Actors.LinkActor"/>).</summary>
    public Actors.ChangeLog<(long JobId, int Delta)>[] RackLinkFlows { get; set; } = Array.Empty<Actors.ChangeLog<(long, int)>>();

    /// <summary>The spine link joining the racks.</summary>
    public IActorRef Spine { get; set; } = ActorRefs.Nobody;

    public Actors.ChangeLog<(long JobId, int Delta)> SpineFlows { get; } = new();

    public List<IActorRef> Tenants { get; } = new();

    /// <summary>Network runs: the broker that places jobs (the tenants' market) and that centers report their load to; Nobody otherwise.</summary>
    public IActorRef Broker { get; set; } = ActorRefs.Nobody;

    /// <summary>Network runs (root context): the wide-area network that moves input data.</summary>
    public IActorRef Wan { get; set; } = ActorRefs.Nobody;

    /// <summary>Network runs (root context): one actor per directed wide-area link.</summary>
    public IActorRef[] WanLinks { get; set; } = Array.Empty<IActorRef>();
}

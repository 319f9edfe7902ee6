using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Power;
using CenterSim.Policies.Topology;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>
/// What the scheduler needs to know about topology, power and failures: the efficiency model, the
/// server power model and caps, which servers are down and since when servers have been empty (to know
/// which are asleep). Null for a scenario without an infrastructure section, so the default path pays nothing.
/// </summary>
public sealed class SchedulerInfrastructure
{
    private readonly double[] _emptySince;

    private SchedulerInfrastructure(ScenarioSpec spec, ClusterBook book)
    {
        var infra = spec.Infrastructure;
        var racks = spec.Center.Racks;
        var type = spec.ServerType;
        Communication = infra.Topology is { } t ? new CommunicationModel(t, racks.ServersPerRack, type.ChipsPerServer, racks.UplinkGbps) : null;
        Power = PowerModels.For(spec);
        var p = infra.Power;
        Capping = p?.HasCaps == true ? p.Capping : CappingMode.None;
        RackCapW = p?.RackCapKw * 1000;
        FacilityBudgetW = p?.FacilityBudgetKw * 1000;
        Pue = new PueModel(spec);
        Management = p?.Management ?? PowerManagementSpec.Default;
        Failures = infra.Failures;
        ServersPerRack = racks.ServersPerRack;
        Down = new bool[book.ServerCount];
        _emptySince = new double[book.ServerCount];
    }

    public CommunicationModel? Communication { get; }

    public ServerPowerModel Power { get; }

    public CappingMode Capping { get; }

    public double? RackCapW { get; }

    public double? FacilityBudgetW { get; }

    public PueModel Pue { get; }

    public PowerManagementSpec Management { get; }

    public FailureSpec? Failures { get; }

    public int ServersPerRack { get; }

    public bool[] Down { get; }

    /// <summary>Whether jobs' remaining work must be tracked (they can slow down, wait for a wake-up or restart).</summary>
    public bool TracksWork => Capping == CappingMode.Throttle || Failures is not null || Management.Sleeps;

    public static SchedulerInfrastructure? For(ScenarioSpec spec, ClusterBook book) =>
        spec.Infrastructure.IsNone ? null : new SchedulerInfrastructure(spec, book);

    /// <summary>Seconds until all these servers are awake: a server empty for the idle timeout is asleep.</summary>
    public double WakeSeconds(ChipGrant[] grants, double now)
    {
        if (!Management.Sleeps)
        {
            return 0;
        }
        var wake = 0.0;
        foreach (var g in grants)
        {
            if (_emptySince[g.Server] >= 0 && now - _emptySince[g.Server] >= Management.IdleTimeoutSeconds)
            {
                wake = Management.TransitionSeconds;
            }
        }
        foreach (var g in grants)
        {
            _emptySince[g.Server] = -1;
        }
        return wake;
    }

    /// <summary>Servers this job left that are now empty start their idle clock (they are idle since time 0 at first).</summary>
    public void Released(ChipGrant[] grants, double now, ClusterBook book)
    {
        if (!Management.Sleeps)
        {
            return;
        }
        foreach (var g in grants)
        {
            if (book.Free(g.Server) == book.Capacity(g.Server))
            {
                _emptySince[g.Server] = now;
            }
        }
    }

    public void MarkEmpty(int server, double now) => _emptySince[server] = now;
}

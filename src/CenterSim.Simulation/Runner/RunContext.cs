using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Random;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// What every actor of one run shares: the scenario, the replication, the clock and the directory of
/// peers. It lives on the run's thread only. Actors report a finished result or a failure through it,
/// which is how the run loop learns to stop.
/// In a network run each center has a context of its own (its spec, directory, random streams and
/// result) beside the run's root context; they share the clock and the run's flags.
/// </summary>
public sealed class RunContext
{
    private readonly RunFlags _flags;
    private readonly string _streamPrefix = "";
    private readonly List<RunContext> _centers = new();
    private Infrastructure.CenterLayout? _layout;
    private Market.CenterPricing? _pricing;

    public RunContext(ScenarioSpec spec, int replication, SimClock clock)
        : this(spec, replication, clock, new RunFlags())
    {
    }

    private RunContext(ScenarioSpec spec, int replication, SimClock clock, RunFlags flags)
    {
        Spec = spec;
        Replication = replication;
        Clock = clock;
        _flags = flags;
    }

    private RunContext(RunContext root, ScenarioSpec spec, int centerIndex)
        : this(spec, root.Replication, root.Clock, root._flags)
    {
        CenterIndex = centerIndex;
        _streamPrefix = $"center/{spec.Center.Name}/";
    }

    public ScenarioSpec Spec { get; }

    public int Replication { get; }

    public SimClock Clock { get; }

    public RunDirectory Directory { get; } = new();

    /// <summary>The center's index in a network run; -1 for the root context.</summary>
    public int CenterIndex { get; } = -1;

    /// <summary>The centers' contexts of a network run, in scenario order; empty for a single center.</summary>
    public IReadOnlyList<RunContext> Centers => _centers;

    /// <summary>Set when every measured job is accounted for (job-count stop rule).</summary>
    public bool Done
    {
        get => _flags.Done;
        set => _flags.Done = value;
    }

    /// <summary>Measured jobs accounted for (completed, rejected or abandoned) in the whole run: a network's centers count together.</summary>
    public long SettledJobs
    {
        get => _flags.Settled;
        set => _flags.Settled = value;
    }

    public Exception? Failure
    {
        get => _flags.Failure;
        set => _flags.Failure = value;
    }

    /// <summary>Set by the root actor when it starts, after it has made the run's other actors.</summary>
    public bool RootStarted
    {
        get => _flags.RootStarted;
        internal set => _flags.RootStarted = value;
    }

    /// <summary>Set by the root actor when it stops, after every other actor of the run has stopped.</summary>
    public bool RootStopped
    {
        get => _flags.RootStopped;
        internal set => _flags.RootStopped = value;
    }

    /// <summary>The center's pools, servers and racks as laid out for this run.</summary>
    public Infrastructure.CenterLayout Layout => _layout ??= Infrastructure.CenterLayout.For(Spec);

    /// <summary>The center's pricing instances, tenants' terms, costs and posted load: one price decision for its scheduler and market.</summary>
    public Market.CenterPricing Pricing => _pricing ??= new Market.CenterPricing(Spec, Layout);

    /// <summary>The run's event recorder, shared by its centers; null (record nothing) unless the run was started to record.</summary>
    public Events.EventLog? Events
    {
        get => _flags.Events;
        internal set => _flags.Events = value;
    }

    public RunResult? Result { get; set; }

    /// <summary>The market's book at the end of a run with a market section, set before the meter publishes.</summary>
    public Market.MarketReport? MarketReport { get; set; }

    /// <summary>Network market runs (root context): the network market's book at the end, set before the result is made.</summary>
    public Market.Network.NetworkMarketReport? NetworkMarket { get; set; }

    /// <summary>The inference services' metrics over the measurement window, filled when it closes; empty without services.</summary>
    public List<Metric> ServingMetrics { get; } = new();

    /// <summary>Market runs: the book's bills of the jobs in <c>revenue_yuan</c>, as the meter took them; set with <see cref="Result"/>.</summary>
    public Market.JobBill MeasuredBills { get; set; }

    /// <summary>The measurement window [start, end) in simulated seconds, as the meter took it (market runs); set with <see cref="Result"/>.</summary>
    public (double Start, double End) MeasurementWindow { get; set; }

    /// <summary>The measured jobs' waits in seconds, sorted, as the meter used them; set with <see cref="Result"/>.</summary>
    public IReadOnlyList<double> MeasuredWaits { get; set; } = Array.Empty<double>();

    /// <summary>The random stream of the named actor in this replication (a center's actors have streams of their own).</summary>
    public RandomStream StreamFor(string actorName) => RandomStream.For(Spec.Seed, Replication, _streamPrefix + actorName);

    /// <summary>Adds the context of the network's next center, sharing this run's clock and flags.</summary>
    public RunContext AddCenter(ScenarioSpec centerSpec)
    {
        var center = new RunContext(this, centerSpec, _centers.Count);
        _centers.Add(center);
        return center;
    }
}

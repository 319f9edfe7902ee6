using Akka.Actor;
using CenterSim.Model.Network;
using CenterSim.Policies;
using CenterSim.Policies.Brokers;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The cross-region broker of a network run; tenants submit to it as to a market. For each job it
/// numbers the arrival, lists what every center that can hold the job and that its data can reach
/// would mean (bill, transfer fee and time, expected wait, carbon), lets the broker policy choose, and
/// either hands the job to that center's market or sends its input data over the wide-area network
/// first. It keeps the centers' load as their schedulers report it, plus the work it has sent that is
/// still on its way, and counts what it moved. In a network market the market prices the job at every
/// center first (with the tenant's voucher there); the broker chooses, answers the tenant's quote, and
/// once the tenant has bought moves the job and hands it to the center's scheduler.
/// </summary>
public sealed class BrokerActor : SimActor
{
    private readonly IBrokerPolicy _policy;
    private readonly WanRoutes _routes;
    private readonly IReadOnlyList<IPricingPolicy>[] _pricing;
    private readonly PoolChooser[] _pools;
    private readonly int[] _centerRegion;
    private readonly int[] _totalChips;
    private readonly double[] _carbonKgPerChipHour;
    private readonly int[] _tenantRegion;
    private readonly BrokerProtocol.CenterLoad[] _load;
    private readonly double[] _loadTime;
    private readonly int[] _inTransit;
    private readonly double[] _inTransitChipSeconds;
    private readonly int[] _linkFlows;
    private readonly List<CenterOption> _options = new();
    private readonly long[] _placed;
    private readonly long[] _jobsIn;
    private readonly double[] _gbIn;
    private long _moved;
    private double _gbMoved;
    private double _transferYuan;
    private double _transferSeconds;
    private long _unplaceable;
    // Measured jobs whose data is on its way, by submission time: their ages are open waits at the end.
    private readonly SortedSet<(double Submit, long Id)> _measuredInTransit = new();
    private readonly bool _market;
    private readonly ArrivalWindow _window;

    public BrokerActor(RunContext run, IBrokerPolicy policy, WanRoutes routes)
        : base(run)
    {
        _policy = policy;
        _routes = routes;
        var centers = run.Centers;
        var n = centers.Count;
        _pricing = new IReadOnlyList<IPricingPolicy>[n];
        _pools = new PoolChooser[n];
        _centerRegion = new int[n];
        _totalChips = new int[n];
        _carbonKgPerChipHour = new double[n];
        for (var c = 0; c < n; c++)
        {
            var spec = centers[c].Spec;
            // Each center's own pricing instances, pool by pool, as its market quotes with them.
            _pricing[c] = centers[c].Pricing.Policies;
            _pools[c] = new PoolChooser(spec);
            _centerRegion[c] = routes.RegionIndex(spec.Center.Region);
            _totalChips[c] = spec.TotalChips;
            var type = spec.ServerType;
            _carbonKgPerChipHour[c] = type.PeakWatts / type.ChipsPerServer / 1000.0 * spec.Center.Pue * (spec.Center.CarbonKgPerKwh ?? 0);
        }
        _tenantRegion = TenantRoster.HomeRegions(run.Spec).Select(r => routes.RegionIndex(r ?? centers[0].Spec.Center.Region)).ToArray();
        _load = new BrokerProtocol.CenterLoad[n];
        _loadTime = new double[n];
        for (var c = 0; c < n; c++)
        {
            _load[c] = new BrokerProtocol.CenterLoad(c, 0, 0, 0, 0, _totalChips[c]);
        }
        _inTransit = new int[n];
        _inTransitChipSeconds = new double[n];
        _linkFlows = new int[routes.CapacitiesBitsPerSecond.Length];
        _placed = new long[n];
        _jobsIn = new long[n];
        _gbIn = new double[n];
        _market = run.Spec.Market is not null;
        _window = new ArrivalWindow(run);
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case MarketProtocol.Submit submit:
                Place(submit.Job);
                break;
            case BrokerProtocol.Choose choose:
                Quote(choose);
                break;
            case BrokerProtocol.Dispatch dispatch:
                Route(dispatch.Job, dispatch.TransferYuan, dispatch.Job.ChipHours > 0 ? dispatch.Job.CostYuan / dispatch.Job.ChipHours : 0);
                break;
            case BrokerProtocol.CenterLoad load:
                _load[load.Center] = load;
                _loadTime[load.Center] = Now;
                break;
            case BrokerProtocol.Delivered delivered:
                foreach (var l in delivered.Route.Links)
                {
                    _linkFlows[l]--;
                }
                _inTransit[delivered.Center]--;
                _inTransitChipSeconds[delivered.Center] -= delivered.Job.Chips * delivered.Job.DeclaredRuntimeSeconds;
                if (delivered.Job.Measured)
                {
                    _transferSeconds += Now - delivered.Job.SubmitTime;
                    _measuredInTransit.Remove((delivered.Job.SubmitTime, delivered.Job.Id));
                }
                Hand(delivered.Job, delivered.Center);
                break;
            case BrokerProtocol.ReportRequest:
                Sender.Tell(new BrokerProtocol.Report(_placed, _jobsIn, _gbIn, _moved, _gbMoved, _transferYuan, _transferSeconds, _unplaceable,
                    _measuredInTransit.Select(j => Now - j.Submit).ToArray()));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Place(Job job)
    {
        job = _window.Arrive(job);
        Offer(job, null);
        if (_options.Count == 0)
        {
            Unplaceable(job);
        }
        else
        {
            var choice = _options[_policy.Choose(new BrokerRequest(job.Chips, job.ChipHours, job.InputGb), _options)];
            Route(job with { Center = choice.Center }, choice.TransferYuan, job.ChipHours > 0 ? choice.ComputeYuan / job.ChipHours : 0);
        }
        _window.AfterArrival(job);
    }

    /// <summary>A network market's priced job: the policy chooses among the centers with the voucher each would give, and the tenant hears the offer there.</summary>
    private void Quote(BrokerProtocol.Choose c)
    {
        var job = c.Job;
        Offer(job, c.Offers);
        if (_options.Count == 0)
        {
            Unplaceable(job);
            return;
        }
        // Only centers with a pool the tenant runs on (or ports to); with none anywhere it hears so and gives up.
        if (_options.Exists(o => c.Offers[o.Center].CanRun))
        {
            _options.RemoveAll(o => !c.Offers[o.Center].CanRun);
        }
        for (var i = 0; i < _options.Count; i++)
        {
            var o = _options[i];
            var voucher = o.ComputeYuan * c.Offers[o.Center].VoucherShare + o.TransferYuan * c.TransferVoucherShares[o.Center];
            _options[i] = o with { VoucherYuan = Math.Min(c.VoucherYuan, voucher) };
        }
        var choice = _options[_policy.Choose(new BrokerRequest(job.Chips, job.ChipHours, job.InputGb), _options)];
        var offer = c.Offers[choice.Center];
        var total = choice.CostYuan;
        // The fee is folded into the price per chip-hour, and the voucher share is of bill and fee together.
        c.Tenant.Tell(new TenantProtocol.Quoted(job with { Center = choice.Center, Pool = offer.Pool }, c.WillingnessYuanPerChipHour,
            total / job.ChipHours, c.NextCheaperTimes[choice.Center],
            total > 0 ? (choice.ComputeYuan * offer.VoucherShare + choice.TransferYuan * c.TransferVoucherShares[choice.Center]) / total : 0,
            c.VoucherYuan, c.CashYuan)
        {
            Pool = offer.Pool,
            CanRun = offer.CanRun,
            PortingCostShare = offer.PortingCostShare,
        });
    }

    /// <summary>No center its data can reach is large enough: the home region's first center turns it away.</summary>
    private void Unplaceable(Job job)
    {
        if (job.Measured)
        {
            _unplaceable++;
        }
        var homeCenter = Array.IndexOf(_centerRegion, _tenantRegion[job.Tenant.Index]);
        Run.Centers[Math.Max(0, homeCenter)].Directory.Metrics.Tell(new MetricsProtocol.JobRejected(job, Model.Results.RefusalReason.Size));
    }

    /// <summary>Sends the job to its center (<see cref="Job.Center"/>) at its quote there: at once in its home region, else after moving its data.</summary>
    private void Route(Job job, double transferYuan, double yuanPerChipHour)
    {
        var center = job.Center;
        var route = _routes.Between(_tenantRegion[job.Tenant.Index], _centerRegion[center])!;
        Run.Events?.Routed(Run, job, center, !route.IsLocal, transferYuan, yuanPerChipHour);
        if (job.Measured)
        {
            _placed[center]++;
        }
        if (route.IsLocal)
        {
            Hand(job, center);
            return;
        }
        if (job.Measured)
        {
            _moved++;
            _jobsIn[center]++;
            _gbIn[center] += job.InputGb;
            _gbMoved += job.InputGb;
            _transferYuan += transferYuan;
            _measuredInTransit.Add((job.SubmitTime, job.Id));
        }
        _inTransit[center]++;
        _inTransitChipSeconds[center] += job.Chips * job.DeclaredRuntimeSeconds;
        if (job.InputGb <= 0)
        {
            // Nothing to move: the job reaches the center after the route's latency.
            Clock.After(route.LatencySeconds, this, new BrokerProtocol.Delivered(job, center, WanRoute.Local));
            return;
        }
        foreach (var l in route.Links)
        {
            _linkFlows[l]++;
        }
        Run.Directory.Wan.Tell(new WanProtocol.Send(job, center, route, job.InputGb * 8e9));
    }

    /// <summary>A job at its center: a market's bought job goes to the scheduler, otherwise the center's billing prices it.</summary>
    private void Hand(Job job, int center)
    {
        var directory = Run.Centers[center].Directory;
        if (_market)
        {
            directory.Scheduler.Tell(new SchedulerProtocol.Enqueue(job));
        }
        else
        {
            directory.Market.Tell(new MarketProtocol.Submit(job));
        }
    }

    /// <summary>
    /// Fills the options: every center large enough for the job and reachable from its home region, with
    /// its bill as the market priced it (<paramref name="priced"/>, per center) or as the center's cheapest pool quotes it.
    /// </summary>
    private void Offer(Job job, PoolOffer[]? priced)
    {
        var home = _tenantRegion[job.Tenant.Index];
        _options.Clear();
        for (var c = 0; c < _pricing.Length; c++)
        {
            var route = _routes.Between(home, _centerRegion[c]);
            if (route is null || _totalChips[c] < job.Chips)
            {
                continue;
            }
            // The quote of the center's market: its cheapest pool, at the load the center last posted.
            var pricing = _pricing[c];
            var context = new PricingContext(Now, job.Chips, job.ChipHours)
            {
                Utilization = _load[c].PostedUtilization,
                QueueLength = _load[c].PostedQueueLength,
            };
            var price = priced?[c].YuanPerChipHour ?? _pools[c].Choose(null, p => pricing[p].YuanPerChipHour(context), new double[pricing.Count]).YuanPerChipHour;
            var transferSeconds = 0.0;
            if (!route.IsLocal)
            {
                transferSeconds = route.LatencySeconds;
                if (job.InputGb > 0)
                {
                    // The share a new transfer would get on the route's tightest link, were nothing else to change.
                    var share = double.PositiveInfinity;
                    foreach (var l in route.Links)
                    {
                        share = Math.Min(share, _routes.CapacitiesBitsPerSecond[l] / (_linkFlows[l] + 1));
                    }
                    transferSeconds += job.InputGb * 8e9 / share;
                }
            }
            var load = _load[c];
            var elapsed = Now - _loadTime[c];
            var wait = WaitEstimate.Seconds(job.Chips, load.FreeChips, load.Queued + _inTransit[c],
                load.QueuedChipSeconds + _inTransitChipSeconds[c],
                Math.Max(0, load.RunningChipSecondsLeft - load.RunningChips * elapsed), _totalChips[c]);
            _options.Add(new CenterOption(c, _centerRegion[c] == home, price * job.ChipHours, job.InputGb * route.YuanPerGb,
                transferSeconds, wait, job.ChipHours * _carbonKgPerChipHour[c]));
        }
    }
}

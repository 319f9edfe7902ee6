using CenterSim.Policies.Placement;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Events;

/// <summary>
/// The recorder actors report their decisions to. A run records only when its context has one
/// (<see cref="RunContext.Events"/>, null by default): actors call it as <c>Run.Events?.X(...)</c>, so a
/// run that does not record builds no event and computes nothing more. All calls come from the run's
/// one thread in delivery order, so the events are in simulated-time order and the same for a seed.
/// </summary>
public sealed class EventLog
{
    private readonly List<SimEvent> _events = new();
    private readonly Dictionary<int, double> _lastPrice = new();
    private readonly Dictionary<int, double> _rackSpeed = new();
    private readonly SortedDictionary<int, MoneyMeter> _money = new();

    public EventLog(RunContext run)
    {
        // A network run's money and power are its centers': each center's meter is made when its actors first report.
        if (run.Spec.Network is null)
        {
            Meter(run);
        }
    }

    public IReadOnlyList<SimEvent> Events => _events;

    public void Add(SimEvent e) => _events.Add(e);

    /// <summary>A generated job arrives at the market (before its tenant has seen a price).</summary>
    public void Submitted(RunContext run, Job job) => Add(Of(run, "submitted", job));

    /// <summary>The tenant's choice on a quote, with the figures it chose on and, for giving up, why.</summary>
    public void Decided(RunContext run, Job job, Actors.TenantProtocol.Quoted q, Policies.Tenants.TenantDecision d)
    {
        var bill = q.PriceYuanPerChipHour * job.ChipHours;
        var outOfPocket = (bill - Math.Min(q.VoucherYuan, bill * q.VoucherShare)) / job.ChipHours * (1 + q.PortingCostShare);
        var kind = d.Choice switch
        {
            Policies.Tenants.TenantChoice.Submit => "accepted",
            Policies.Tenants.TenantChoice.Shrink => "shrunk",
            Policies.Tenants.TenantChoice.Wait => "waiting",
            _ => "abandoned",
        };
        var reason = !q.CanRun ? "cannot_run" : outOfPocket > q.WillingnessYuanPerChipHour ? "price_above_value" : "budget";
        Add(Of(run, kind, job) with
        {
            Pool = q.Pool,
            Price = q.PriceYuanPerChipHour,
            Value = double.IsFinite(q.WillingnessYuanPerChipHour) ? q.WillingnessYuanPerChipHour : null,
            OutOfPocket = outOfPocket,
            CashYuan = double.IsFinite(q.CashYuan) ? q.CashYuan : null,
            VoucherYuan = q.VoucherYuan,
            ChipHours = d.Choice == Policies.Tenants.TenantChoice.Shrink ? d.ChipHours : job.ChipHours,
            Hours = d.Choice == Policies.Tenants.TenantChoice.Wait ? (d.WaitUntil - run.Clock.Now) / 3600 : null,
            Reason = kind == "abandoned" ? reason : null,
        });
    }

    /// <summary>The market took the bill (cash and voucher parts, cents) or turned the job away for want of cash.</summary>
    public void Bought(RunContext run, Job job, long cashCents, long voucherCents, bool paid) => Add(Of(run, paid ? "bought" : "rejected", job) with
    {
        Pool = job.Pool,
        CashYuan = cashCents / 100.0,
        VoucherYuan = voucherCents / 100.0,
        Reason = paid ? null : "budget",
    });

    /// <summary>The price quoted on a pool, recorded when it differs from the last one recorded there.</summary>
    public void Priced(RunContext run, int pool, double yuanPerChipHour)
    {
        var key = (run.CenterIndex + 1) * 1000 + pool;
        if (_lastPrice.TryGetValue(key, out var last) && last == yuanPerChipHour)
        {
            return;
        }
        _lastPrice[key] = yuanPerChipHour;
        Add(new SimEvent(run.Clock.Now, "price") { Center = CenterOf(run), Pool = pool, Price = yuanPerChipHour });
    }

    public void Started(RunContext run, JobState job, PoolLayout pool, ChipGrant[] grants, int queued) => Add(Of(run, "started", job.Job) with
    {
        Pool = pool.Index,
        Servers = grants.Select(g => pool.FirstServer + g.Server).ToArray(),
        ServerChips = grants.Select(g => g.Chips).ToArray(),
        Queued = queued,
    });

    /// <summary>A job left its chips: finished, preempted (capacity rule) or killed (server failure).</summary>
    public void Stopped(RunContext run, string kind, JobState job, int queued) => Add(Of(run, kind, job.Job) with
    {
        Servers = job.Grants.Length == 0 ? null : job.Grants.Select(g => run.Layout.Pools[job.Job.Pool].FirstServer + g.Server).ToArray(),
        Queued = queued,
    });

    /// <summary>Each rack's throttle factor, recorded when it changes.</summary>
    public void Throttled(RunContext run, Func<int, double> rackFactor, double facility)
    {
        var cap = run.Spec.Infrastructure.Power;
        for (var r = 0; r < run.Layout.RackCount; r++)
        {
            var speed = Math.Min(rackFactor(r), facility);
            var key = (run.CenterIndex + 1) * 100000 + r;
            var last = _rackSpeed.TryGetValue(key, out var l) ? l : 1;
            if (speed != last)
            {
                _rackSpeed[key] = speed;
                Add(new SimEvent(run.Clock.Now, "throttle") { Center = CenterOf(run), Rack = r, Speed = speed, CapKw = cap?.RackCapKw ?? cap?.FacilityBudgetKw });
            }
        }
    }

    public void Failed(RunContext run, int server, double repairSeconds) =>
        Add(new SimEvent(run.Clock.Now, "failed") { Center = CenterOf(run), Server = server, Hours = repairSeconds / 3600 });

    public void Repaired(RunContext run, int server) => Add(new SimEvent(run.Clock.Now, "repaired") { Center = CenterOf(run), Server = server });

    /// <summary>An empty server began going to sleep after its idle timeout (<c>asleep</c>) or began waking for a job (<c>waking</c>).</summary>
    public void Slept(RunContext run, int server, bool asleep) =>
        Add(new SimEvent(run.Clock.Now, asleep ? "asleep" : "waking") { Center = CenterOf(run), Server = server });

    /// <summary>The voucher agency's awards for a period, one event per tenant awarded.</summary>
    public void Awarded(RunContext run, long[] awardCents)
    {
        for (var t = 0; t < awardCents.Length; t++)
        {
            if (awardCents[t] > 0)
            {
                // A network's agencies are the network's: its tenants are named as every center's meter names them.
                var (name, category) = Meter(run.Centers.Count > 0 ? run.Centers[0] : run).Tenant(t);
                Add(new SimEvent(run.Clock.Now, "voucher_award") { Center = CenterOf(run), Tenant = name, Category = category, VoucherYuan = awardCents[t] / 100.0 });
            }
        }
    }

    /// <summary>The market shows its books to the recorder, for the hourly money snapshots.</summary>
    public void Watch(RunContext run, Market.Ledger ledger, Market.CostModel costs) => Meter(run).Watch(ledger, costs);

    /// <summary>
    /// A network market shows its one book to every center's meter: each center's money event carries that
    /// center's provider side, and the first center's also the tenants' side (the network's), so the centers'
    /// events add up to the network's money.
    /// </summary>
    public void WatchNetwork(RunContext run, Market.Ledger ledger)
    {
        foreach (var center in run.Centers)
        {
            Meter(center).Watch(ledger, center.Pricing.Costs!, center.CenterIndex, tenantSide: center.CenterIndex == 0);
        }
    }

    public void PowerChanged(RunContext run, int server, double watts) => Meter(run).PowerChanged(run.Clock.Now, server, watts);

    public void PowerStarted(RunContext run, double[] serverWatts) => Meter(run).PowerStarted(serverWatts);

    /// <summary>The broker sent a job to a center: across the wide-area network (moved) or in its home region, at its quote of that center.</summary>
    public void Routed(RunContext run, Job job, int center, bool moved, double transferYuan, double yuanPerChipHour) => Add(Of(run, "routed", job) with
    {
        Price = yuanPerChipHour,
        Center = center,
        To = run.Centers[center].Spec.Center.Name,
        Reason = moved ? "moved" : "local",
        TransferYuan = transferYuan,
    });

    /// <summary>The hourly snapshot of money and power, taken between events at <paramref name="now"/>.</summary>
    public void Snapshot(double now)
    {
        foreach (var (center, meter) in _money)
        {
            Add(new SimEvent(now, "money") { Center = center >= 0 ? center : null, Money = meter.Snapshot(now) });
        }
    }

    private MoneyMeter Meter(RunContext run)
    {
        if (!_money.TryGetValue(run.CenterIndex, out var meter))
        {
            meter = new MoneyMeter(run.Layout, run.Spec);
            _money[run.CenterIndex] = meter;
        }
        return meter;
    }

    private static int? CenterOf(RunContext run) => run.CenterIndex >= 0 ? run.CenterIndex : null;

    private static SimEvent Of(RunContext run, string kind, Job job) => new(run.Clock.Now, kind)
    {
        Center = CenterOf(run),
        Job = job.Id >= 0 ? job.Id : null,
        Tenant = job.Tenant.Name,
        Category = CategoryName(job.Category),
        Chips = job.Chips,
        ChipHours = job.ChipHours,
    };

    public static string CategoryName(Model.Scenario.TenantCategory category) => category switch
    {
        Model.Scenario.TenantCategory.KeyProject => "key_project",
        _ => category.ToString().ToLowerInvariant(),
    };
}

using Akka.Actor;
using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Policies.Capacity;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The compute market of a scenario with a <c>market</c> section. It keeps the run's <see cref="Ledger"/>:
/// tenants ask for a quote (on the pool that suits them best) and decide; budgets refill and vouchers are
/// awarded every period; voucher parts of bills are redeemed; periodic charges of the pricing (reserved
/// chips) are paid; and the provider's energy, capital and operations costs are booked period by period.
/// What a purchase is beyond chip-hours (preemptible, covered by reserved chips) the pricing decides.
/// Inference services' token bills arrive hourly and are paid through <see cref="ServingBills"/>.
/// </summary>
public sealed class MarketActor : SimActor
{
    private const int EnergyTag = -11;
    private const int SampleTag = -12;

    private readonly MarketSpec _market;
    private readonly Ledger _ledger;
    private readonly CenterPricing _prices;
    private readonly CostModel _costs;
    private readonly ArrivalWindow _window;
    private readonly PoolChooser _pools;
    private readonly TenantMarketSpec?[] _tenants;
    private readonly TenantCategory[] _categories;
    private readonly long[] _periodBudgetCents;
    private readonly bool[] _unlimited;
    private readonly double[][] _voucherShare;
    private readonly double[] _demandChipHours;
    private readonly double[] _boughtChipHours;
    private readonly int[] _fundedCompleted;
    private readonly HashSet<long> _funded = new();
    private readonly VoucherDesk _vouchers;
    private readonly ProviderBooks _provider;
    private readonly PeriodCharges _charges;
    private readonly ServingBills _serving;
    private readonly List<(double Time, double TenantCashYuan, double ProfitYuan)> _hourly = new();
    private long _abandoned;
    private bool _settling;

    public MarketActor(RunContext run, double[] budgets)
        : base(run)
    {
        _prices = run.Pricing;
        _market = run.Spec.Market!;
        var n = budgets.Length;
        _ledger = new Ledger(n, 1, () => run.Clock.Now);
        _costs = _prices.Costs!;
        _provider = new ProviderBooks(_ledger, _costs);
        _window = new ArrivalWindow(run);
        _pools = new PoolChooser(run.Spec);
        _tenants = new TenantMarketSpec?[n];
        _categories = new TenantCategory[n];
        _periodBudgetCents = new long[n];
        _unlimited = new bool[n];
        _voucherShare = new double[n][];
        _demandChipHours = new double[n];
        _boughtChipHours = new double[n];
        _fundedCompleted = new int[n];
        Array.Fill(_voucherShare, new double[_pools.Pools]);
        var i = 0;
        foreach (var group in run.Spec.Tenants)
        {
            for (var k = 0; k < group.Count; k++, i++)
            {
                _tenants[i] = group.Market;
                _categories[i] = group.Category;
                var perPeriod = group.Market?.BudgetYuanPerPeriod;
                _unlimited[i] = perPeriod is null && group.BudgetYuan is null;
                _periodBudgetCents[i] = perPeriod is { } p ? Ledger.ToCents(p) : 0;
                if (group.BudgetYuan is { } total)
                {
                    _ledger.Fund(i, Ledger.ToCents(total));
                }
                _voucherShare[i] = VoucherRules.SharesByPool(_market.Vouchers, group.Category, run.Spec);
            }
        }
        for (; i < n; i++)
        {
            // A trace's tenants (after the groups): no budget, since they replay work that was run, in the trace's category.
            _categories[i] = run.Spec.Trace!.Category;
            _unlimited[i] = true;
            _voucherShare[i] = VoucherRules.SharesByPool(_market.Vouchers, _categories[i], run.Spec);
        }
        _vouchers = new VoucherDesk(_ledger, _voucherShare);
        _charges = new PeriodCharges(_ledger, _prices.Policies, _prices.Terms, n);
        _serving = new ServingBills(_ledger, _vouchers, _market.Vouchers, _voucherShare);
        run.Events?.Watch(run, _ledger, _costs);
    }

    protected override void OnStart()
    {
        Clock.At(0, this, new MarketProtocol.PeriodTick(0));
        Clock.After(SimTime.Hour, this, MarketProtocol.SampleTick.Instance);
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case MarketProtocol.Quote quote:
                OnQuote(quote);
                break;
            case MarketProtocol.Submit submit:
                OnSubmit(submit.Job);
                break;
            case MarketProtocol.Buy buy:
                OnBuy(buy.Job);
                break;
            case MarketProtocol.Covered covered:
                _ledger.Refund(covered.Job.Tenant.Index, covered.CashCents, covered.VoucherCents, covered.Job.Id);
                break;
            case MarketProtocol.Settled settled:
                BillSettlement.Settle(_ledger, settled.Job, settled.DeltaCents, _voucherShare[settled.Job.Tenant.Index][settled.Job.Pool]);
                break;
            case MarketProtocol.ServingBill bill:
                _serving.Pay(bill);
                break;
            case MarketProtocol.JobEnded ended:
                if (_funded.Remove(ended.Result.Id))
                {
                    _fundedCompleted[ended.Result.Job.Tenant.Index]++;
                }
                break;
            case MarketProtocol.Abandon abandon:
                _abandoned += abandon.Job.Measured ? 1 : 0;
                Run.Directory.Metrics.Tell(new MetricsProtocol.JobAbandoned(abandon.Job, abandon.Reason));
                break;
            case MarketProtocol.PeriodTick tick:
                OnPeriod(tick.Period);
                break;
            case VoucherAgencyProtocol.Awards awards:
                _vouchers.Awarded(awards);
                Run.Events?.Awarded(Run, awards.AwardCents);
                break;
            case MarketProtocol.LoadPosted load:
                _prices.Utilization = load.Utilization;
                _prices.QueueLength = load.QueueLength;
                break;
            case MarketProtocol.SampleTick:
                Run.Directory.PowerBudget.Tell(new PowerProtocol.SnapshotRequest(SampleTag));
                Clock.After(SimTime.Hour, this, MarketProtocol.SampleTick.Instance);
                break;
            case PowerProtocol.Snapshot { Tag: SampleTag } sample:
                _hourly.Add((Now, _ledger[LedgerAccount.TenantCash] / 100.0, _provider.AccruedProfitYuan(Now, sample.CostYuan)));
                break;
            case PowerProtocol.Snapshot power:
                BookCosts(power.CostYuan);
                break;
            case MarketProtocol.Settle:
                _settling = true;
                Run.Directory.PowerBudget.Tell(new PowerProtocol.SnapshotRequest(EnergyTag));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    /// <summary>The price of a chip-hour of this job on this pool now, for its tenant's terms there.</summary>
    private double Price(Job job, int pool) => _prices.Price(job, pool, Now);

    /// <summary>The tenant's best pool for a job at today's prices.</summary>
    private PoolOffer Offer(Job job) => _pools.Choose(_tenants[job.Tenant.Index], _prices, job, Now, _voucherShare[job.Tenant.Index]);

    private void OnQuote(MarketProtocol.Quote quote)
    {
        var first = quote.Job.Id < 0;
        var job = _window.Arrive(quote.Job);
        var tenant = job.Tenant.Index;
        if (first && job.Measured)
        {
            _demandChipHours[tenant] += job.ChipHours;
        }
        _vouchers.ClaimOnDemand(tenant);
        var offer = Offer(job);
        var cash = _unlimited[tenant] ? double.PositiveInfinity : _ledger.CashOf(tenant) / 100.0;
        Run.Events?.Priced(Run, offer.Pool, offer.YuanPerChipHour);
        Sender.Tell(new TenantProtocol.Quoted(job, quote.WillingnessYuanPerChipHour, offer.YuanPerChipHour, _prices.NextCheaperTime(offer.Pool, Now),
            offer.VoucherShare, _ledger.WalletOf(tenant) / 100.0, cash)
        {
            Pool = offer.Pool,
            CanRun = offer.CanRun,
            PortingCostShare = offer.PortingCostShare,
        });
        if (first)
        {
            _window.AfterArrival(job);
        }
    }

    /// <summary>A replayed trace job is bought as it comes, on the pool that suits its tenant best.</summary>
    private void OnSubmit(Job submitted)
    {
        var job = _window.Arrive(submitted);
        var tenant = job.Tenant.Index;
        _demandChipHours[tenant] += job.Measured ? job.ChipHours : 0;
        var offer = Offer(job);
        // Most jobs come with the pool they are bought on (a center of one pool): no copy for those.
        OnBuy(job.Pool == offer.Pool ? job : job with { Pool = offer.Pool });
        _window.AfterArrival(job);
    }

    private void OnBuy(Job job)
    {
        var tenant = job.Tenant.Index;
        var bill = Ledger.ToCents(Price(job, job.Pool) * job.ChipHours);
        var voucher = Math.Min(_ledger.WalletOf(tenant), (long)Math.Round(bill * _voucherShare[tenant][job.Pool], MidpointRounding.AwayFromZero));
        var cash = bill - voucher;
        Run.Events?.Bought(Run, job, cash, voucher, _unlimited[tenant] || _ledger.CashOf(tenant) >= cash);
        if (_unlimited[tenant] && _ledger.CashOf(tenant) < cash)
        {
            _ledger.Fund(tenant, cash - _ledger.CashOf(tenant));
        }
        if (_ledger.CashOf(tenant) < cash)
        {
            Run.Directory.Metrics.Tell(new MetricsProtocol.JobRejected(job, Model.Results.RefusalReason.Budget));
            return;
        }
        _ledger.Buy(tenant, job.Id, cash, voucher);
        _boughtChipHours[tenant] += job.Measured ? job.ChipHours : 0;
        if (voucher > 0)
        {
            _funded.Add(job.Id);
        }
        Post(Run.Directory.Local.Scheduler, new SchedulerProtocol.Enqueue(job with
        {
            PaidCashCents = cash,
            PaidVoucherCents = voucher,
            CostYuan = bill / 100.0,
            Preemptible = _prices.Terms[job.Pool][tenant].Preemptible,
        }));
    }

    /// <summary>
    /// A period starts: last period's costs are booked, unspent vouchers expire (use it or lose it),
    /// budgets refill, and the agency hears how many funded jobs each tenant completed.
    /// </summary>
    private void OnPeriod(int period)
    {
        if (period > 0)
        {
            Run.Directory.PowerBudget.Tell(new PowerProtocol.SnapshotRequest(EnergyTag));
        }
        var n = _categories.Length;
        if (_market.Vouchers is { Expires: true })
        {
            for (var t = 0; t < n; t++)
            {
                _ledger.Expire(t);
            }
        }
        for (var t = 0; t < n; t++)
        {
            if (_periodBudgetCents[t] > 0)
            {
                _ledger.Fund(t, _periodBudgetCents[t]);
            }
        }
        _charges.Pay(Now, _market.PeriodSeconds, Run.Spec.Stop.DurationSeconds ?? double.PositiveInfinity);
        var completed = _fundedCompleted.ToArray();
        Array.Clear(_fundedCompleted);
        _vouchers.NewPeriod();
        if (Run.Directory.VoucherAgency is { } agency && !agency.IsNobody())
        {
            agency.Tell(new VoucherAgencyProtocol.PeriodOpened(period, completed));
        }
        Clock.After(_market.PeriodSeconds, this, new MarketProtocol.PeriodTick(period + 1));
    }

    /// <summary>The provider pays its costs since the last booking; at the end the report is published.</summary>
    private void BookCosts(double energyYuan)
    {
        _provider.Book(Now, energyYuan);
        if (!_settling)
        {
            return;
        }
        try
        {
            Run.MarketReport = MarketPublisher.Publish(_ledger, new MarketPublisher.Tallies(_categories, _boughtChipHours, _demandChipHours, _provider.BelowBreakEvenAt, _abandoned)
            { ChargesPerPeriod = _prices.Policies.Any(p => p.ChargesPerPeriod), Hourly = _hourly, Serving = Run.Spec.Serving is not null });
        }
        catch (InvalidOperationException e)
        {
            Run.Failure ??= new SimulationException(e.Message, null);
        }
    }
}

using Akka.Actor;
using CenterSim.Model.Market;
using CenterSim.Model.Network;
using CenterSim.Model.Units;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Market.Network;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The market of a network with a <c>market</c> section: one book (<see cref="Ledger"/>) for every tenant's
/// money, with each center's provider kept apart. A tenant's quote is priced at every center (the pool
/// that suits it there, with what its agency's voucher pays there) and handed to the broker, which chooses
/// and answers; a purchase pays the center's bill and, when the job leaves its home region, the transfer
/// fee (by voucher where its agency allows), then goes to the broker to be moved. Every period budgets
/// refill, vouchers expire and each agency awards its region's tenants; each center's costs are booked
/// into its own books. At the end the book is checked and the network's and each center's reports published.
/// </summary>
public sealed class NetworkMarketActor : SimActor
{
    private const int EnergyTag = -1000;
    private const int SampleTag = -2000;

    private readonly MarketSpec _market;
    private readonly Ledger _ledger;
    private readonly ArrivalWindow _window;
    private readonly CenterCounter[] _centers;
    private readonly WanRoutes _routes;
    private readonly NetworkTenants _t;
    private readonly int[] _fundedCompleted;
    private readonly HashSet<long> _funded = new();
    private readonly VoucherDesk[] _desks;
    private readonly NetworkMarketTallies _tallies;
    private readonly List<(double Time, double TenantCashYuan, double ProfitYuan)> _hourly = new();
    private readonly double[] _sampledEnergyYuan;
    private int _sampled;
    private int _booked;
    private bool _settling;

    /// <param name="agencies">the voucher agencies in program order (<see cref="MarketSpec.Programs"/>)</param>
    public NetworkMarketActor(RunContext run, IActorRef[] agencies)
        : base(run)
    {
        var spec = run.Spec;
        _market = spec.Market!;
        Agencies = agencies;
        _routes = new WanRoutes(spec.Network!);
        _t = new NetworkTenants(spec, _routes);
        var n = _t.Count;
        _ledger = new Ledger(n, run.Centers.Count, () => run.Clock.Now);
        _window = new ArrivalWindow(run);
        var programs = _market.Programs;
        _centers = run.Centers.Select(c => new CenterCounter(c, _ledger, _t.ProgramOf)).ToArray();
        for (var t = 0; t < _t.Groups.Length; t++)
        {
            if (_t.Groups[t].BudgetYuan is { } total)
            {
                _ledger.Fund(t, Ledger.ToCents(total));
            }
        }
        _fundedCompleted = new int[n];
        // Each agency's desk pays only its own tenants: the others' shares are zero there.
        _desks = programs.Select((_, k) => new VoucherDesk(_ledger, Enumerable.Range(0, n)
            .Select(t => _t.DeskOf[t] == k ? _centers.SelectMany(c => c.VoucherShare[t]).ToArray() : new double[1]).ToArray())).ToArray();
        _sampledEnergyYuan = new double[run.Centers.Count];
        run.Events?.WatchNetwork(run, _ledger);
        _tallies = new NetworkMarketTallies(TenantRoster.Categories(spec), _t.Region, _routes.Regions.Count, run.Centers.Count);
    }

    /// <summary>The agencies, in program order; the market knows an award's agency by its sender.</summary>
    private IActorRef[] Agencies { get; }

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
            case TenantProtocol.Quoted quoted:
                // A replayed trace job: the broker chose its center and pool, and it is bought there at any price.
                OnBuy(quoted.Job);
                break;
            case MarketProtocol.Abandon abandon:
                _tallies.Abandoned(abandon.Job);
                Run.Centers[abandon.Job.Center].Directory.Metrics.Tell(new MetricsProtocol.JobAbandoned(abandon.Job, abandon.Reason));
                break;
            case MarketProtocol.Covered covered:
                _ledger.Refund(covered.Job.Tenant.Index, covered.CashCents, covered.VoucherCents, covered.Job.Id, covered.Job.Center);
                break;
            case MarketProtocol.Settled settled:
                BillSettlement.Settle(_ledger, settled.Job, settled.DeltaCents, _centers[settled.Job.Center].VoucherShare[settled.Job.Tenant.Index][settled.Job.Pool]);
                break;
            case MarketProtocol.JobEnded ended:
                if (_funded.Remove(ended.Result.Id))
                {
                    _fundedCompleted[ended.Result.Job.Tenant.Index]++;
                }
                break;
            case MarketProtocol.LoadPosted load:
                _centers[load.Center].Prices.Utilization = load.Utilization;
                _centers[load.Center].Prices.QueueLength = load.QueueLength;
                break;
            case MarketProtocol.PeriodTick tick:
                OnPeriod(tick.Period);
                break;
            case VoucherAgencyProtocol.Awards awards:
                _desks[Array.IndexOf(Agencies, Sender)].Awarded(awards);
                Run.Events?.Awarded(Run, awards.AwardCents);
                break;
            case MarketProtocol.SampleTick:
                RequestEnergy(SampleTag);
                Clock.After(SimTime.Hour, this, MarketProtocol.SampleTick.Instance);
                break;
            case PowerProtocol.Snapshot { Tag: <= SampleTag } sample:
                Sample(SampleTag - sample.Tag, sample.CostYuan);
                break;
            case PowerProtocol.Snapshot power:
                BookCosts(EnergyTag - power.Tag, power.CostYuan);
                break;
            case MarketProtocol.Settle:
                _settling = true;
                RequestEnergy(EnergyTag);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void OnQuote(MarketProtocol.Quote quote)
    {
        var first = quote.Job.Id < 0;
        var job = _window.Arrive(quote.Job);
        var tenant = job.Tenant.Index;
        if (first)
        {
            _tallies.Demanded(job);
        }
        if (_t.DeskOf[tenant] >= 0)
        {
            _desks[_t.DeskOf[tenant]].ClaimOnDemand(tenant);
        }
        AskBroker(job, quote.WillingnessYuanPerChipHour, Sender);
        if (first)
        {
            _window.AfterArrival(job);
        }
    }

    /// <summary>A replayed trace job is bought as it comes, at the center and pool the broker chooses for it (the answer comes back here).</summary>
    private void OnSubmit(Job submitted)
    {
        var job = _window.Arrive(submitted);
        _tallies.Demanded(job);
        AskBroker(job, double.PositiveInfinity, Self);
        _window.AfterArrival(job);
    }

    /// <summary>Prices the job at every center and lets the broker choose; it answers <paramref name="buyer"/>.</summary>
    private void AskBroker(Job job, double willingness, IActorRef buyer)
    {
        var tenant = job.Tenant.Index;
        var offers = _centers.Select(c => c.Offer(_t.Market[tenant], job, Now)).ToArray();
        var cheaper = _centers.Select((c, i) => c.NextCheaperTime(offers[i].Pool, Now)).ToArray();
        var transferShares = offers.Select(o => _t.ProgramOf[tenant] is { CoversTransfer: true } ? o.VoucherShare : 0).ToArray();
        var cash = _t.Unlimited[tenant] ? double.PositiveInfinity : _ledger.CashOf(tenant) / 100.0;
        Run.Directory.Broker.Tell(new BrokerProtocol.Choose(job, willingness, buyer, offers, cheaper, transferShares, _ledger.WalletOf(tenant) / 100.0, cash));
    }

    /// <summary>The tenant buys at the center and pool it was offered: bill and fee paid now, at the prices of now.</summary>
    private void OnBuy(Job job)
    {
        var tenant = job.Tenant.Index;
        var counter = _centers[job.Center];
        var share = counter.VoucherShare[tenant][job.Pool];
        var bill = Ledger.ToCents(counter.Price(job, job.Pool, Now) * job.ChipHours);
        var route = _routes.Between(_t.Region[tenant], _routes.RegionIndex(counter.Region))!;
        var fee = route.IsLocal ? 0 : Ledger.ToCents(job.InputGb * route.YuanPerGb);
        var wallet = _ledger.WalletOf(tenant);
        var voucher = Math.Min(wallet, (long)Math.Round(bill * share, MidpointRounding.AwayFromZero));
        var feeVoucher = _t.ProgramOf[tenant] is { CoversTransfer: true }
            ? Math.Min(wallet - voucher, (long)Math.Round(fee * share, MidpointRounding.AwayFromZero))
            : 0;
        var cash = bill - voucher + fee - feeVoucher;
        var paid = _t.Unlimited[tenant] || _ledger.CashOf(tenant) >= cash;
        Run.Events?.Bought(Run.Centers[job.Center], job, cash, voucher + feeVoucher, paid);
        if (_t.Unlimited[tenant] && _ledger.CashOf(tenant) < cash)
        {
            _ledger.Fund(tenant, cash - _ledger.CashOf(tenant));
        }
        if (_ledger.CashOf(tenant) < cash)
        {
            Run.Centers[job.Center].Directory.Metrics.Tell(new MetricsProtocol.JobRejected(job, Model.Results.RefusalReason.Budget));
            return;
        }
        _ledger.Buy(tenant, job.Id, bill - voucher, voucher, job.Center);
        _ledger.PayTransfer(tenant, fee - feeVoucher, feeVoucher, job.Center, job.Id);
        _tallies.Bought(job, counter.Domestic[job.Pool], counter.Region != _routes.Regions[_t.Region[tenant]]);
        if (voucher + feeVoucher > 0)
        {
            _funded.Add(job.Id);
        }
        Run.Directory.Broker.Tell(new BrokerProtocol.Dispatch(job with
        {
            PaidCashCents = bill - voucher,
            PaidVoucherCents = voucher,
            CostYuan = bill / 100.0,
            Preemptible = counter.Terms[job.Pool][tenant].Preemptible,
        }, fee / 100.0));
    }

    /// <summary>A period starts: last period's costs are booked, vouchers expire, budgets refill and every agency awards its tenants.</summary>
    private void OnPeriod(int period)
    {
        if (period > 0)
        {
            RequestEnergy(EnergyTag);
        }
        var n = _t.PeriodBudgetCents.Length;
        for (var t = 0; t < n; t++)
        {
            if (_t.ProgramOf[t] is { Expires: true })
            {
                _ledger.Expire(t);
            }
            if (_t.PeriodBudgetCents[t] > 0)
            {
                _ledger.Fund(t, _t.PeriodBudgetCents[t]);
            }
        }
        foreach (var c in _centers)
        {
            c.Charges.Pay(Now, _market.PeriodSeconds, Run.Spec.Stop.DurationSeconds ?? double.PositiveInfinity);
        }
        var completed = _fundedCompleted.ToArray();
        Array.Clear(_fundedCompleted);
        foreach (var desk in _desks)
        {
            desk.NewPeriod();
        }
        foreach (var agency in Agencies)
        {
            agency.Tell(new VoucherAgencyProtocol.PeriodOpened(period, completed));
        }
        Clock.After(_market.PeriodSeconds, this, new MarketProtocol.PeriodTick(period + 1));
    }

    /// <summary>Asks every center's meter for its electricity bill so far, tagged <paramref name="tag"/> minus the center's index.</summary>
    private void RequestEnergy(int tag)
    {
        for (var c = 0; c < _centers.Length; c++)
        {
            Run.Centers[c].Directory.PowerBudget.Tell(new PowerProtocol.SnapshotRequest(tag - c));
        }
    }

    /// <summary>Once every center has answered the hour's sample: tenants' cash in all and the providers' profit so far (accrual basis).</summary>
    private void Sample(int center, double energyYuan)
    {
        _sampledEnergyYuan[center] = energyYuan;
        if (++_sampled < _centers.Length)
        {
            return;
        }
        _sampled = 0;
        _hourly.Add((Now, _ledger[LedgerAccount.TenantCash] / 100.0, _centers.Sum(c => c.Books.AccruedProfitYuan(Now, _sampledEnergyYuan[c.Index]))));
    }

    /// <summary>A center's provider pays its costs since its last booking; once every center has at the end, the reports are published.</summary>
    private void BookCosts(int center, double energyYuan)
    {
        _centers[center].Books.Book(Now, energyYuan);
        if (!_settling || ++_booked < _centers.Length)
        {
            return;
        }
        try
        {
            NetworkMarketPublisher.Publish(Run, _ledger, _centers, _tallies, _hourly);
        }
        catch (InvalidOperationException e)
        {
            Run.Failure ??= new SimulationException(e.Message, null);
        }
    }
}

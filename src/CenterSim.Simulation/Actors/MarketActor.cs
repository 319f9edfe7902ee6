using Akka.Actor;
using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Prices jobs and charges tenants. A tenant pays the whole bill (price × chip-hours) when it submits;
/// a tenant whose cash cannot cover it is refused and the job counted as rejected. The market also
/// numbers arrivals, which is what the job-count stop rule counts.
/// With a <c>market</c> section the market also keeps the run's <see cref="Ledger"/>: tenants ask for a
/// quote and decide, budgets refill and vouchers are awarded every period, voucher parts of bills are
/// redeemed, and the provider's energy, capital and operations costs are booked period by period.
/// </summary>
public sealed class MarketActor : SimActor
{
    private const int LoadTag = -10;
    private const int EnergyTag = -11;

    private readonly IPricingPolicy _pricing;
    private readonly double[] _cash;
    private readonly long _warmupJobs;
    private readonly long _lastMeasured;
    private readonly bool _jobMode;
    private readonly MarketSpec? _market;
    private long _arrivals;

    // Market runs only.
    private readonly Ledger? _ledger;
    private readonly CostModel? _costs;
    private readonly TenantCategory[] _categories = Array.Empty<TenantCategory>();
    private readonly long[] _periodBudgetCents = Array.Empty<long>();
    private readonly bool[] _unlimited = Array.Empty<bool>();
    private readonly double[] _voucherShare = Array.Empty<double>();
    private readonly double[] _demandChipHours = Array.Empty<double>();
    private readonly double[] _boughtChipHours = Array.Empty<double>();
    private readonly bool[] _claimed = Array.Empty<bool>();
    private readonly bool[] _spot = Array.Empty<bool>();
    private readonly int[] _committedChips = Array.Empty<int>();
    private long _committedCents;
    private readonly List<Job> _funded = new();
    private VoucherAgencyProtocol.Awards? _awards;
    private long _onDemandLeft;
    private double _utilization;
    private int _queueLength;
    private double _lastLoadTime;
    private double _lastAllocatedChipSeconds;
    private double _lastBookedTime;
    private double _lastItJoules;
    private long _providerAtPeriodStart;
    private int _periodsBelowBreakEven;
    private long _abandoned;
    private long _expiredCents;
    private long _misusedCents;
    private bool _settling;

    public MarketActor(RunContext run, IPricingPolicy pricing, double[] budgets)
        : base(run)
    {
        _pricing = pricing;
        _cash = budgets;
        var stop = run.Spec.Stop;
        _jobMode = stop.IsJobCount;
        _warmupJobs = stop.WarmupJobs;
        _lastMeasured = stop.WarmupJobs + (stop.Jobs ?? 0) - 1;
        _market = run.Spec.Market;
        if (_market is null)
        {
            return;
        }
        var n = budgets.Length;
        _ledger = new Ledger(n);
        _costs = new CostModel(run.Spec, _market.Economics);
        _categories = new TenantCategory[n];
        _periodBudgetCents = new long[n];
        _unlimited = new bool[n];
        _voucherShare = new double[n];
        _demandChipHours = new double[n];
        _boughtChipHours = new double[n];
        _claimed = new bool[n];
        _spot = new bool[n];
        _committedChips = new int[n];
        var domestic = IsDomestic(run.Spec.ServerType.Ecosystem);
        var program = _market.Vouchers;
        var i = 0;
        foreach (var group in run.Spec.Tenants)
        {
            for (var k = 0; k < group.Count; k++, i++)
            {
                _categories[i] = group.Category;
                _spot[i] = _pricing is SpotPricing && group.Market?.Spot == true;
                _committedChips[i] = _pricing is CommittedPricing ? group.Market?.CommittedChips ?? 0 : 0;
                var perPeriod = group.Market?.BudgetYuanPerPeriod;
                _unlimited[i] = perPeriod is null && group.BudgetYuan is null;
                _periodBudgetCents[i] = perPeriod is { } p ? Ledger.ToCents(p) : 0;
                if (group.BudgetYuan is { } total)
                {
                    _ledger.Fund(i, Ledger.ToCents(total));
                }
                _voucherShare[i] = program is not null && Redeemable(program, group.Category, run.Spec.Center.Region, domestic)
                    ? program.ShareFor(group.Category, domestic)
                    : 0;
            }
        }
    }

    public double RevenueYuan { get; private set; }

    /// <summary>Chips of an ecosystem other than CUDA or ROCm count as domestic (Ascend/CANN, Hygon DTK, Cambricon, …).</summary>
    public static bool IsDomestic(string ecosystem) =>
        !ecosystem.Equals("cuda", StringComparison.OrdinalIgnoreCase) && !ecosystem.Equals("rocm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a program's vouchers may pay this tenant's bills at this center.</summary>
    public static bool Redeemable(VoucherProgramSpec program, TenantCategory category, string region, bool domestic) =>
        program.IsEligible(category)
        && (program.EligibleRegions is null || program.EligibleRegions.Contains(region, StringComparer.OrdinalIgnoreCase))
        && (!program.DomesticOnly || domestic);

    protected override void OnStart()
    {
        if (_market is null)
        {
            return;
        }
        Clock.At(0, Self, new MarketProtocol.PeriodTick(0));
        if (_pricing.NeedsLoad)
        {
            Clock.After(SimTime.Hour, Self, MarketProtocol.LoadTick.Instance);
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case MarketProtocol.Submit submit:
                OnSubmit(submit.Job);
                break;
            case MarketProtocol.Quote quote:
                OnQuote(quote);
                break;
            case MarketProtocol.Buy buy:
                OnBuy(buy.Job);
                break;
            case MarketProtocol.Covered covered:
                OnCovered(covered);
                break;
            case MarketProtocol.Abandon abandon:
                OnAbandon(abandon.Job);
                break;
            case MarketProtocol.PeriodTick tick:
                OnPeriod(tick.Period);
                break;
            case VoucherAgencyProtocol.Awards awards:
                OnAwards(awards);
                break;
            case MarketProtocol.LoadTick:
                Run.Directory.Scheduler.Tell(new SchedulerProtocol.SnapshotRequest(LoadTag));
                break;
            case SchedulerProtocol.Snapshot snapshot:
                OnLoad(snapshot);
                break;
            case PowerProtocol.Snapshot power:
                BookCosts(power.ItJoules);
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

    private void OnSubmit(Job job)
    {
        var directory = Run.Directory;
        if (job.Id < 0)
        {
            Arrive(job); // in a network run the broker has numbered it already
        }
        var price = _pricing.YuanPerChipHour(new PricingContext(Now, job.Chips, job.ChipHours));
        var cost = price * job.ChipHours;
        var tenant = job.Tenant.Index;
        if (_cash[tenant] < cost)
        {
            directory.Metrics.Tell(new MetricsProtocol.JobRejected(job));
        }
        else
        {
            _cash[tenant] -= cost;
            job.CostYuan = cost;
            RevenueYuan += cost;
            directory.Scheduler.Tell(new SchedulerProtocol.Enqueue(job));
        }
        CloseArrivalsAfter(job);
    }

    /// <summary>Numbers an arrival and opens the job-count measurement window at the first measured job.</summary>
    private void Arrive(Job job)
    {
        job.Id = _arrivals++;
        if (_jobMode)
        {
            if (job.Id == _warmupJobs)
            {
                Run.Directory.Metrics.Tell(MetricsProtocol.WindowOpen.Instance);
            }
            job.Measured = job.Id >= _warmupJobs && job.Id <= _lastMeasured;
        }
        else
        {
            job.Measured = job.SubmitTime >= Run.Spec.Stop.WarmupSeconds;
        }
    }

    private void CloseArrivalsAfter(Job job)
    {
        if (_jobMode && job.Id == _lastMeasured)
        {
            Run.Directory.Metrics.Tell(MetricsProtocol.WindowClose.Instance);
            foreach (var t in Run.Directory.Tenants)
            {
                t.Tell(TenantProtocol.StopArrivals.Instance);
            }
        }
    }

    /// <summary>The price of a chip-hour of this job now: the spot price for a spot tenant under spot pricing.</summary>
    private double Price(Job job) => _spot[job.Tenant.Index] ? ((SpotPricing)_pricing).SpotYuanPerChipHour : _pricing.YuanPerChipHour(new PricingContext(Now, job.Chips, job.ChipHours)
    {
        CostYuanPerChipHour = _costs!.FullCostYuanPerChipHour,
        Utilization = _utilization,
        QueueLength = _queueLength,
    });

    private void OnQuote(MarketProtocol.Quote quote)
    {
        var job = quote.Job;
        var tenant = job.Tenant.Index;
        var first = job.Id < 0;
        if (first)
        {
            Arrive(job);
            _demandChipHours[tenant] += job.ChipHours;
        }
        ClaimOnDemand(tenant);
        var ledger = _ledger!;
        var cash = _unlimited[tenant] ? double.PositiveInfinity : ledger.CashOf(tenant) / 100.0;
        Sender.Tell(new TenantProtocol.Quoted(job, quote.WillingnessYuanPerChipHour, Price(job), _pricing.NextCheaperTime(Now),
            _voucherShare[tenant], ledger.WalletOf(tenant) / 100.0, cash));
        if (first)
        {
            CloseArrivalsAfter(job);
        }
    }

    private void OnBuy(Job job)
    {
        var ledger = _ledger!;
        var tenant = job.Tenant.Index;
        var bill = Ledger.ToCents(Price(job) * job.ChipHours);
        var voucher = Math.Min(ledger.WalletOf(tenant), (long)Math.Round(bill * _voucherShare[tenant], MidpointRounding.AwayFromZero));
        var cash = bill - voucher;
        if (_unlimited[tenant] && ledger.CashOf(tenant) < cash)
        {
            ledger.Fund(tenant, cash - ledger.CashOf(tenant));
        }
        if (ledger.CashOf(tenant) < cash)
        {
            Run.Directory.Metrics.Tell(new MetricsProtocol.JobRejected(job));
            return;
        }
        ledger.Pay(tenant, cash, voucher);
        job.PaidCashCents = cash;
        job.PaidVoucherCents = voucher;
        job.CostYuan = bill / 100.0;
        job.Spot = _spot[tenant];
        RevenueYuan += job.CostYuan;
        _boughtChipHours[tenant] += job.ChipHours;
        if (voucher > 0)
        {
            _funded.Add(job);
        }
        Run.Directory.Scheduler.Tell(new SchedulerProtocol.Enqueue(job));
    }

    /// <summary>Pricing committed: the part of a job's bill its tenant's reserved chips cover is given back.</summary>
    private void OnCovered(MarketProtocol.Covered covered)
    {
        _ledger!.Refund(covered.Job.Tenant.Index, covered.CashCents, covered.VoucherCents);
        RevenueYuan -= (covered.CashCents + covered.VoucherCents) / 100.0;
    }

    /// <summary>Pricing committed: each tenant pays for its reserved chips for the period now starting, used or not.</summary>
    private void PayCommitments()
    {
        if (_pricing is not CommittedPricing committed || Now >= (Run.Spec.Stop.DurationSeconds ?? double.PositiveInfinity))
        {
            return; // a period that starts as a fixed-length run ends is not part of it
        }
        var ledger = _ledger!;
        for (var t = 0; t < _committedChips.Length; t++)
        {
            if (_committedChips[t] == 0)
            {
                continue;
            }
            var cents = committed.CommitmentCents(_committedChips[t], _market!.PeriodSeconds);
            if (ledger.CashOf(t) < cents)
            {
                // A commitment is a contract: what the budget does not cover the tenant pays from its other funds.
                ledger.Fund(t, cents - ledger.CashOf(t));
            }
            ledger.Pay(t, cents, 0);
            _committedCents += cents;
            RevenueYuan += cents / 100.0;
        }
    }

    private void OnAbandon(Job job)
    {
        if (job.Measured)
        {
            _abandoned++;
        }
        Run.Directory.Metrics.Tell(new MetricsProtocol.JobAbandoned(job));
    }

    /// <summary>
    /// A period starts: last period's costs are booked, unspent vouchers expire (use it or lose it),
    /// budgets refill, and the agency hears how many funded jobs each tenant completed.
    /// </summary>
    private void OnPeriod(int period)
    {
        var ledger = _ledger!;
        if (period > 0)
        {
            Run.Directory.PowerBudget.Tell(new PowerProtocol.SnapshotRequest(EnergyTag));
        }
        var n = _categories.Length;
        if (_market!.Vouchers is { Expires: true })
        {
            for (var t = 0; t < n; t++)
            {
                _expiredCents += ledger.Expire(t);
            }
        }
        for (var t = 0; t < n; t++)
        {
            if (_periodBudgetCents[t] > 0)
            {
                ledger.Fund(t, _periodBudgetCents[t]);
            }
        }
        PayCommitments();
        var completed = new int[n];
        _funded.RemoveAll(job =>
        {
            if (job.EndTime <= Now)
            {
                completed[job.Tenant.Index]++;
                return true;
            }
            return false;
        });
        Array.Clear(_claimed);
        _awards = null;
        _onDemandLeft = 0;
        if (Run.Directory.VoucherAgency is { } agency && !agency.IsNobody())
        {
            agency.Tell(new VoucherAgencyProtocol.PeriodOpened(period, completed));
        }
        Clock.After(_market.PeriodSeconds, Self, new MarketProtocol.PeriodTick(period + 1));
    }

    private void OnAwards(VoucherAgencyProtocol.Awards awards)
    {
        _awards = awards;
        _onDemandLeft = awards.OnDemandPoolCents;
        for (var t = 0; t < awards.AwardCents.Length; t++)
        {
            Grant(t, awards.AwardCents[t]);
        }
    }

    /// <summary>First come, first served: a tenant's first quote in a period claims the cap or what is left.</summary>
    private void ClaimOnDemand(int tenant)
    {
        if (_awards is null || _onDemandLeft <= 0 || _claimed[tenant] || _voucherShare[tenant] <= 0)
        {
            return;
        }
        _claimed[tenant] = true;
        var claim = Math.Min(_awards.CapCents, _onDemandLeft);
        _onDemandLeft -= claim;
        Grant(tenant, claim);
    }

    /// <summary>Books an award, its audit, and (when the tenant was drawn to misuse it) the misuse and any claw-back.</summary>
    private void Grant(int tenant, long cents)
    {
        if (cents <= 0 || _voucherShare[tenant] <= 0)
        {
            return;
        }
        var ledger = _ledger!;
        ledger.Award(tenant, cents);
        ledger.Audit(_awards!.AuditCostCents);
        if (_awards.Misuses[tenant])
        {
            var misused = ledger.Misuse(tenant);
            _misusedCents += misused;
            if (_awards.Detected[tenant])
            {
                ledger.ClawBack(misused);
            }
        }
    }

    private void OnLoad(SchedulerProtocol.Snapshot s)
    {
        var dt = Now - _lastLoadTime;
        _utilization = dt > 0 ? (s.AllocatedChipSeconds - _lastAllocatedChipSeconds) / (dt * Run.Spec.TotalChips) : 0;
        _queueLength = s.Queued;
        _lastLoadTime = Now;
        _lastAllocatedChipSeconds = s.AllocatedChipSeconds;
        Clock.After(SimTime.Hour, Self, MarketProtocol.LoadTick.Instance);
    }

    /// <summary>The provider pays energy, capital amortization and operations for the time since the last booking.</summary>
    private void BookCosts(double itJoules)
    {
        var ledger = _ledger!;
        var costs = _costs!;
        var dt = Now - _lastBookedTime;
        ledger.ProviderPays(LedgerAccount.EnergySupplier, Ledger.ToCents(costs.EnergyYuan(itJoules - _lastItJoules)));
        ledger.ProviderPays(LedgerAccount.CapitalAmortization, Ledger.ToCents(costs.CapitalYuanPerSecond * dt));
        ledger.ProviderPays(LedgerAccount.Operations, Ledger.ToCents(costs.OperationsYuanPerSecond * dt));
        _lastBookedTime = Now;
        _lastItJoules = itJoules;
        if (dt > 0 && ledger[LedgerAccount.Provider] < _providerAtPeriodStart)
        {
            _periodsBelowBreakEven++;
        }
        _providerAtPeriodStart = ledger[LedgerAccount.Provider];
        if (_settling)
        {
            Publish();
        }
    }

    /// <summary>Checks the ledger (a run whose book does not balance fails) and leaves the market report on the run.</summary>
    private void Publish()
    {
        var ledger = _ledger!;
        var problems = ledger.Verify();
        if (problems.Count > 0)
        {
            Run.Failure ??= new SimulationException("the ledger does not balance: " + string.Join("; ", problems), null);
            return;
        }
        var byCategory = Enum.GetValues<TenantCategory>().ToDictionary(c => c, _ => 0.0);
        for (var t = 0; t < _categories.Length; t++)
        {
            byCategory[_categories[t]] += _boughtChipHours[t];
        }
        var sold = _boughtChipHours.Sum();
        var revenue = (ledger.CashRevenueCents + ledger.RedeemedCents) / 100.0;
        Run.MarketReport = new MarketReport(
            ProfitYuan: ledger[LedgerAccount.Provider] / 100.0,
            RevenueCashYuan: ledger.CashRevenueCents / 100.0,
            VoucherIssuedYuan: ledger.IssuedCents / 100.0,
            VoucherRedeemedYuan: ledger.RedeemedCents / 100.0,
            VoucherExpiredYuan: _expiredCents / 100.0,
            VoucherMisusedYuan: _misusedCents / 100.0,
            VoucherClawedBackYuan: ledger[LedgerAccount.ClawedBack] / 100.0,
            AuditCostYuan: ledger[LedgerAccount.AuditCost] / 100.0,
            EnergyCostYuan: ledger[LedgerAccount.EnergySupplier] / 100.0,
            CapitalCostYuan: ledger[LedgerAccount.CapitalAmortization] / 100.0,
            OperationsCostYuan: ledger[LedgerAccount.Operations] / 100.0,
            BreakEvenUtilization: _costs!.BreakEvenUtilization(sold > 0 ? revenue / sold : double.NaN),
            PeriodsBelowBreakEven: _periodsBelowBreakEven,
            JobsAbandoned: _abandoned,
            ChipHoursByCategory: byCategory,
            FairnessJain: Jain(_boughtChipHours, _demandChipHours))
        {
            CommittedRevenueYuan = _pricing is CommittedPricing ? _committedCents / 100.0 : null,
        };
    }

    /// <summary>Jain's index of the share of its demanded chip-hours each tenant got: 1 when all got the same share.</summary>
    public static double Jain(IReadOnlyList<double> got, IReadOnlyList<double> wanted)
    {
        double sum = 0, squares = 0;
        var n = 0;
        for (var t = 0; t < got.Count; t++)
        {
            if (wanted[t] <= 0)
            {
                continue;
            }
            var x = got[t] / wanted[t];
            sum += x;
            squares += x * x;
            n++;
        }
        return squares > 0 ? sum * sum / (n * squares) : double.NaN;
    }
}

using Akka.Actor;
using CenterSim.Model.Market;
using CenterSim.Model.Workload;
using CenterSim.Policies.Tenants;
using CenterSim.Model.Units;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Random;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A tenant with a Poisson stream of training jobs. Per arrival it draws, in this order, the gang size,
/// the work in chip-hours and the time to its next arrival, all from its own random stream.
/// In a market run it asks the market for a quote and decides with <see cref="PriceSensitiveTenant"/>
/// whether to buy, wait for a cheaper price, shrink the job or abandon it; what each job is worth to it
/// comes from a second stream, so arrivals are the same with and without vouchers (common random numbers).
/// The runtime it declares (what schedulers see) is the true one times a factor drawn from a third.
/// </summary>
public sealed class TenantActor : SimActor
{
    private readonly TenantInfo _info;
    private readonly TrainingWorkloadSpec _training;
    private readonly RandomStream _rng;
    private readonly double _meanGapSeconds;
    private readonly double _totalWeight;
    private readonly TenantMarketSpec? _market;
    private readonly RandomStream? _valueRng;
    private readonly RandomStream? _dataRng;
    private readonly RandomStream? _estimateRng;
    private bool _stopped;

    public TenantActor(RunContext run, TenantInfo info, TrainingWorkloadSpec training)
        : base(run)
    {
        _info = info;
        _training = training;
        _rng = run.StreamFor("tenant/" + info.Name);
        _meanGapSeconds = SimTime.Hour / training.ArrivalsPerHour;
        _totalWeight = training.ChipWeights.Sum();
        // Its own stream, so giving jobs input data leaves arrivals, sizes and work as they were.
        _dataRng = training.InputGb is null ? null : run.StreamFor("tenant-data/" + info.Name);
        _estimateRng = training.RuntimeEstimate.Exact ? null : run.StreamFor("tenant-estimate/" + info.Name);
    }

    public TenantActor(RunContext run, TenantInfo info, TrainingWorkloadSpec training, TenantMarketSpec market)
        : this(run, info, training)
    {
        _market = market;
        _valueRng = run.StreamFor("tenant-value/" + info.Name);
    }

    protected override void OnStart() => Clock.After(_rng.Exponential(_meanGapSeconds), this, TenantProtocol.NextArrival.Instance);

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case TenantProtocol.NextArrival:
                if (_stopped)
                {
                    return;
                }
                var chips = _training.ChipChoices[Sampler.Choose(_training.ChipWeights, _totalWeight, _rng)];
                var work = Sampler.Draw(_training.ChipHours, _rng);
                var job = new Job(_info, chips, work, Now)
                {
                    InputGb = _dataRng is null ? 0 : Sampler.Draw(_training.InputGb!, _dataRng),
                    EstimateFactor = _estimateRng is null ? 1 : Sampler.Draw(_training.RuntimeEstimate.Factor!, _estimateRng),
                };
                if (_market is null)
                {
                    Post(Run.Directory.Local.Market, new MarketProtocol.Submit(job));
                }
                else
                {
                    Run.Events?.Submitted(Run, job);
                    var value = _market.WillingnessYuanPerChipHour is { } w ? Sampler.Draw(w, _valueRng!) : double.PositiveInfinity;
                    Run.Directory.Market.Tell(new MarketProtocol.Quote(job, value));
                }
                Clock.After(_rng.Exponential(_meanGapSeconds), this, TenantProtocol.NextArrival.Instance);
                break;
            case TenantProtocol.Quoted quoted:
                Decide(quoted);
                break;
            case TenantProtocol.Retry retry:
                Run.Directory.Market.Tell(new MarketProtocol.Quote(retry.Job, retry.WillingnessYuanPerChipHour));
                break;
            case TenantProtocol.StopArrivals:
                _stopped = true;
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Decide(TenantProtocol.Quoted q)
    {
        var job = q.Job;
        var market = _market!;
        var decision = PriceSensitiveTenant.Decide(new TenantQuote(
            Now, job.SubmitTime, job.ChipHours, q.PriceYuanPerChipHour, q.NextCheaperTime, q.VoucherShare, q.VoucherYuan, q.CashYuan,
            q.WillingnessYuanPerChipHour, q.CanRun, q.PortingCostShare, market.PatienceHours, market.MinShrinkShare));
        var marketRef = Run.Directory.Market;
        Run.Events?.Decided(Run, job, q, decision);
        switch (decision.Choice)
        {
            case TenantChoice.Submit:
                marketRef.Tell(new MarketProtocol.Buy(job with { Pool = q.Pool }));
                break;
            case TenantChoice.Shrink:
                marketRef.Tell(new MarketProtocol.Buy(job with { ChipHours = decision.ChipHours, Pool = q.Pool }));
                break;
            case TenantChoice.Wait:
                Clock.At(decision.WaitUntil, this, new TenantProtocol.Retry(job, q.WillingnessYuanPerChipHour));
                break;
            default:
                marketRef.Tell(new MarketProtocol.Abandon(job, decision.Reason));
                break;
        }
    }
}

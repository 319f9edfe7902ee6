using Akka.Actor;
using CenterSim.Model.Workload;
using CenterSim.Model.Units;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Random;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A tenant with a Poisson stream of training jobs. Per arrival it draws, in this order, the gang size,
/// the work in chip-hours and the time to its next arrival, all from its own random stream.
/// </summary>
public sealed class TenantActor : SimActor
{
    private readonly TenantInfo _info;
    private readonly TrainingWorkloadSpec _training;
    private readonly RandomStream _rng;
    private readonly double _meanGapSeconds;
    private readonly double _totalWeight;
    private bool _stopped;

    public TenantActor(RunContext run, TenantInfo info, TrainingWorkloadSpec training)
        : base(run)
    {
        _info = info;
        _training = training;
        _rng = run.StreamFor("tenant/" + info.Name);
        _meanGapSeconds = SimTime.Hour / training.ArrivalsPerHour;
        _totalWeight = training.ChipWeights.Sum();
    }

    protected override void OnStart() => Clock.After(_rng.Exponential(_meanGapSeconds), Self, TenantProtocol.NextArrival.Instance);

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
                Run.Directory.Market.Tell(new MarketProtocol.Submit(new Job(_info, chips, work, Now)));
                Clock.After(_rng.Exponential(_meanGapSeconds), Self, TenantProtocol.NextArrival.Instance);
                break;
            case TenantProtocol.StopArrivals:
                _stopped = true;
                break;
            default:
                Unhandled(message);
                break;
        }
    }
}

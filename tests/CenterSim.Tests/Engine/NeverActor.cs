using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>At t = 3 s puts its next event after an infinite delay (a rate of zero), and nothing else happens.</summary>
public sealed class NeverActor(RunContext run) : SimActor(run)
{
    protected override void OnStart() => Clock.At(3, Self, Tick.Instance);

    protected override void OnReceive(object message) => Clock.After(1 / 0.0, Self, Tick.Instance);
}

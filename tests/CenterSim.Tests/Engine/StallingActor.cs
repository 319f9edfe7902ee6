using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>From t = 5 s on, puts its next tick at the time it is: the clock never moves again.</summary>
public sealed class StallingActor(RunContext run) : SimActor(run)
{
    protected override void OnStart() => Clock.At(5, Self, Tick.Instance);

    protected override void OnReceive(object message) => Clock.At(Now, Self, Tick.Instance);
}

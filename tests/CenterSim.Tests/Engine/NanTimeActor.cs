using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>At t = 2 s puts an event at a time computed as 0 / 0.</summary>
public sealed class NanTimeActor(RunContext run) : SimActor(run)
{
    protected override void OnStart() => Clock.At(2, Self, Tick.Instance);

    protected override void OnReceive(object message)
    {
        var zero = 0.0;
        Clock.At(Now + (zero / zero), Self, Tick.Instance);
    }
}

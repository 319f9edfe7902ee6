using CenterSim.Simulation.Engine;

namespace CenterSim.Tests.Engine;

/// <summary>A calendar message its test calls off by hand.</summary>
public sealed class CalledOffEvent : ICancellableEvent
{
    public bool Cancelled { get; set; }
}

using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class MarketProtocol
{
    /// <summary>A tenant asks to run a job: price it, charge the tenant or reject it.</summary>
    public sealed record Submit(Job Job);
}

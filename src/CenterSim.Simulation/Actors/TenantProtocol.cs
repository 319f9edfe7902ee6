namespace CenterSim.Simulation.Actors;

public static class TenantProtocol
{
    /// <summary>Calendar event: the tenant's next job arrives now.</summary>
    public sealed record NextArrival
    {
        public static NextArrival Instance { get; } = new();
    }

    /// <summary>The measured jobs have all arrived: submit no more.</summary>
    public sealed record StopArrivals
    {
        public static StopArrivals Instance { get; } = new();
    }
}

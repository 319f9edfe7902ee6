namespace CenterSim.Simulation.Actors;

public static class FailureProtocol
{
    /// <summary>Calendar event: the next failure in the center happens now.</summary>
    public sealed record NextFailure
    {
        public static NextFailure Instance { get; } = new();
    }
}

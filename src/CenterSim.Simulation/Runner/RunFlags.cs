namespace CenterSim.Simulation.Runner;

/// <summary>The state of a run as a whole, shared by its root context and, in a network run, every center's.</summary>
internal sealed class RunFlags
{
    public bool Done { get; set; }

    public Exception? Failure { get; set; }

    public int ActorsStarted { get; set; }
}

namespace CenterSim.Simulation.Runner;

/// <summary>The state of a run as a whole, shared by its root context and, in a network run, every center's.</summary>
internal sealed class RunFlags
{
    public bool Done { get; set; }

    /// <summary>Measured jobs accounted for so far (completed, rejected or abandoned), over all centers.</summary>
    public long Settled { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>Set when the run's root actor has started (see <see cref="RunSession"/> for why that is enough).</summary>
    public bool RootStarted { get; set; }

    /// <summary>Set when the root actor has stopped, which it does only after all its descendants have.</summary>
    public bool RootStopped { get; set; }

    public Events.EventLog? Events { get; set; }
}

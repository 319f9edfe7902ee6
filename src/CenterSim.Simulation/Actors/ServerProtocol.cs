using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class ServerProtocol
{
    /// <summary>Occupy this many of the server's chips for the job.</summary>
    public sealed record StartJob(long JobId, int Chips, double WakeSeconds = 0);

    /// <summary>Under throttling: the server's chips do this many chips' worth of full-speed work.</summary>
    public sealed record SetActiveChips(double Chips);

    /// <summary>The server failed (off, drawing nothing) or is repaired (on, idle).</summary>
    public sealed record PowerState(bool Up);

    /// <summary>Calendar events of the sleep state machine; a stale version is ignored.</summary>
    public sealed record SleepStep(int Version, SleepPhase Phase);

    /// <summary>Free every chip the job holds on this server: one message serves all the servers of a gang.</summary>
    public sealed record ReleaseJob(long JobId);

    /// <summary>Asks for the energy the server has used; answered with <see cref="Energy"/>.</summary>
    public sealed record EnergyRequest
    {
        public static EnergyRequest Instance { get; } = new();
    }

    public sealed record Energy(int Server, double Joules, double ChipBusySeconds);
}

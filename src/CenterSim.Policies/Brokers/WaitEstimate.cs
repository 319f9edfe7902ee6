namespace CenterSim.Policies.Brokers;

/// <summary>
/// The broker's guess of how long a job would queue at a center: nothing when it fits in the free
/// chips and nobody waits; otherwise the work ahead of it (queued and on its way, plus what running
/// jobs still have to do) spread over all the center's chips, as if the center were a fluid server.
/// </summary>
public static class WaitEstimate
{
    public static double Seconds(int chips, int freeChips, int queued, double queuedChipSeconds, double runningChipSecondsLeft, int totalChips)
    {
        if (queued == 0 && chips <= freeChips)
        {
            return 0;
        }
        return (queuedChipSeconds + runningChipSecondsLeft) / totalChips;
    }
}

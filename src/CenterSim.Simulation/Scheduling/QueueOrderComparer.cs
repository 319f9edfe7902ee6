using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>Waiting jobs by their policy's key, then by their place in the queue (see <see cref="WaitingQueue.InOrder"/>).</summary>
public sealed class QueueOrderComparer(Func<JobState, double> key) : IComparer<JobState>
{
    public int Compare(JobState? x, JobState? y)
    {
        var c = key(x!).CompareTo(key(y!));
        return c != 0 ? c : x!.QueueSlot.CompareTo(y!.QueueSlot);
    }
}

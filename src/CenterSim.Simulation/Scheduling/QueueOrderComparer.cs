using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>Waiting jobs by their policy's key, then by their place in the queue (see <see cref="WaitingQueue.InOrder"/>).</summary>
public sealed class QueueOrderComparer : IComparer<JobState>
{
    public static QueueOrderComparer Instance { get; } = new();

    public int Compare(JobState? x, JobState? y)
    {
        var c = x!.OrderKey.CompareTo(y!.OrderKey);
        return c != 0 ? c : x.QueueOrder.CompareTo(y.QueueOrder);
    }
}

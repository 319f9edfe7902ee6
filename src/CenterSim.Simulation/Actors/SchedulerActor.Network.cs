using Akka.Actor;

namespace CenterSim.Simulation.Actors;

/// <summary>The scheduler's part in a network run: after every change it tells the broker its load.</summary>
public sealed partial class SchedulerActor
{
    private void ReportLoad()
    {
        var queued = 0.0;
        foreach (var job in _queue)
        {
            queued += job.Chips * job.RuntimeSeconds;
        }
        var left = 0.0;
        foreach (var job in _running)
        {
            left += job.Chips * Math.Max(0, job.EstimatedEnd - Now);
        }
        Run.Directory.Broker.Tell(new BrokerProtocol.CenterLoad(Run.CenterIndex, _queue.Count, queued, _allocatedChips, left, _book.TotalFree), Self);
    }
}

namespace CenterSim.Policies.Brokers;

/// <summary>The center where the job is expected to start soonest: data transfer time plus queueing.</summary>
public sealed class ShortestWaitBroker : IBrokerPolicy
{
    public int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options) => BrokerScore.Lowest(options, o => o.DelaySeconds);
}

namespace CenterSim.Policies.Brokers;

/// <summary>The center where the job costs its tenant least: compute bill plus data transfer fee.</summary>
public sealed class CheapestBroker : IBrokerPolicy
{
    public int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options) => BrokerScore.Lowest(options, o => o.CostYuan);
}

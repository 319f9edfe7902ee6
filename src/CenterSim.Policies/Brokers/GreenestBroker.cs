namespace CenterSim.Policies.Brokers;

/// <summary>The center where the job's run emits least carbon (grid intensity × PUE × chip energy).</summary>
public sealed class GreenestBroker : IBrokerPolicy
{
    public int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options) => BrokerScore.Lowest(options, o => o.CarbonKg);
}

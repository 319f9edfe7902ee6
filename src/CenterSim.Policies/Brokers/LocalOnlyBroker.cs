namespace CenterSim.Policies.Brokers;

/// <summary>
/// Every job stays in its home region; with several centers there, the one with the shortest expected
/// wait. Only when the home region has no center does the job go to the shortest delay elsewhere.
/// </summary>
public sealed class LocalOnlyBroker : IBrokerPolicy
{
    public int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options) =>
        BrokerScore.Lowest(options, o => (o.Home ? 0 : 1e18) + o.DelaySeconds);
}

namespace CenterSim.Policies.Brokers;

/// <summary>
/// The center where the job costs its tenant least out of pocket: compute bill plus transfer fee, less
/// what the tenant's voucher pays there. Without vouchers it chooses as <see cref="CheapestBroker"/>.
/// </summary>
public sealed class TenantCostBroker : IBrokerPolicy
{
    public int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options) => BrokerScore.Lowest(options, o => o.OutOfPocketYuan);
}

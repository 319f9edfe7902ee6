using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Market;

/// <summary>
/// Which pool of a center a job is offered on: among the pools of an ecosystem the tenant runs (or
/// ports to, at its porting effort), the lowest price after its voucher share and porting; ties go to
/// the earlier pool. A tenant that names no ecosystems runs on any pool as it is.
/// </summary>
public sealed class PoolChooser
{
    private readonly string[] _ecosystems;

    public PoolChooser(ScenarioSpec spec) =>
        _ecosystems = spec.Center.Pools.Select(p => spec.Hardware[p.Racks.ServerType].Ecosystem).ToArray();

    public int Pools => _ecosystems.Length;

    /// <param name="price">the price per chip-hour on a pool</param>
    /// <param name="voucherShare">the tenant's voucher share on each pool</param>
    public PoolOffer Choose(TenantMarketSpec? tenant, Func<int, double> price, IReadOnlyList<double> voucherShare) =>
        Best(tenant, price, static (price, p) => price(p), voucherShare);

    /// <summary>The same choice at a center's prices for this job now: no delegate or closure is made for it.</summary>
    public PoolOffer Choose(TenantMarketSpec? tenant, CenterPricing prices, Job job, double now, IReadOnlyList<double> voucherShare) =>
        Best(tenant, (prices, job, now), static (s, p) => s.prices.Price(s.job, p, s.now), voucherShare);

    private PoolOffer Best<TState>(TenantMarketSpec? tenant, TState state, Func<TState, int, double> price, IReadOnlyList<double> voucherShare)
    {
        PoolOffer? best = null;
        for (var p = 0; p < _ecosystems.Length; p++)
        {
            var native = tenant?.Ecosystems is not { } own || own.Contains(_ecosystems[p], StringComparer.OrdinalIgnoreCase);
            if (!native && tenant!.PortingCostShare is null)
            {
                continue;
            }
            var offer = new PoolOffer(p, price(state, p), voucherShare[p], true, native ? 0 : tenant!.PortingCostShare!.Value);
            if (best is null || offer.EffectiveYuanPerChipHour < best.Value.EffectiveYuanPerChipHour)
            {
                best = offer;
            }
        }
        // No pool it runs on: offered the first, which it cannot use.
        return best ?? new PoolOffer(0, price(state, 0), voucherShare[0], false, 0);
    }
}

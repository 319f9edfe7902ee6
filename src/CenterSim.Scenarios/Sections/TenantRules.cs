using CenterSim.Model.Market;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// What the centers allow of a tenant group: the pools its jobs may run on (a job runs on one pool, so the
/// largest usable pool bounds its size) and, in a network scenario, the regions a group may sit in.
/// </summary>
/// <param name="Pools">every center's pools; null when unknown (a center has a mistake)</param>
/// <param name="Several">true when the scenario lists more than one center</param>
/// <param name="Regions">the centers' distinct regions ("" for a center without one); null when unknown</param>
/// <param name="Market">true when a <c>market</c> section applies, so a group's <c>ecosystems</c> limit the pools it uses</param>
public sealed record TenantRules(IReadOnlyList<PoolCapacity>? Pools, bool Several, IReadOnlyList<string>? Regions, bool Market)
{
    /// <summary>Whether the group runs on its own ecosystems only: it lists them and has no porting cost share to run elsewhere.</summary>
    public bool Restricts(TenantMarketSpec? market) => Market && market is { Ecosystems: not null, PortingCostShare: null };

    /// <summary>The pools the group's jobs may run on, in file order; null when the pools are unknown.</summary>
    public IReadOnlyList<PoolCapacity>? UsablePools(TenantMarketSpec? market) =>
        Pools is null || !Restricts(market)
            ? Pools
            : Pools.Where(p => market!.Ecosystems!.Contains(p.Server.Ecosystem, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>
    /// The largest job the group could ever run and why no larger one can ("the center has 64 chips");
    /// null when the pools are unknown or the group can use none.
    /// </summary>
    public (int Most, string Why)? Limit(TenantMarketSpec? market)
    {
        var usable = UsablePools(market);
        if (usable is null || usable.Count == 0)
        {
            return null;
        }
        var largest = usable.MaxBy(p => p.Chips)!;
        var most = largest.Chips;
        if (usable.Count < Pools!.Count)
        {
            return (most, $"the largest pool on its ecosystems ({string.Join(", ", market!.Ecosystems!)}), {Name(largest)}, has {most} chips, and the group has no 'porting_cost_share' to run elsewhere");
        }
        if (Pools.Select(p => p.CenterIndex).Distinct().Count() == Pools.Count)
        {
            return (most, $"the {(Several ? "largest " : "")}center has {most} chips");
        }
        return (most, $"the largest pool, {Name(largest)}, has {most} chips (a job runs on one pool)");
    }

    private string Name(PoolCapacity pool) => Several ? $"'{pool.Pool}' of center '{pool.Center}'" : $"'{pool.Pool}'";
}

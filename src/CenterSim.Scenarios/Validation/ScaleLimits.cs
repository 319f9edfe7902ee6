using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Validation;

/// <summary>
/// How large a simulated site may be. Counts are multiplied in 64 bits, so no product wraps. Every
/// server and every tenant is an actor of its own and every chip an entry of the placement book, so the
/// bounds keep one run within a few GB of memory: 10^6 servers (ten times the largest centers built by
/// 2025), 1.6×10^7 chips and 10^6 tenants.
/// </summary>
public static class ScaleLimits
{
    public const long MaxServers = 1_000_000;

    public const long MaxChips = 16_000_000;

    public const long MaxTenants = 1_000_000;

    /// <summary>Servers and chips of every center (all its pools), in 64 bits; reports each center over a bound at its entry. True when all fit.</summary>
    public static bool CheckCenters(IReadOnlyList<PoolCapacity> pools, Node? centers, NodeReader r)
    {
        var ok = true;
        foreach (var center in pools.GroupBy(p => p.CenterIndex))
        {
            var servers = center.Sum(p => (long)p.Racks.Count * p.Racks.ServersPerRack);
            var chips = center.Sum(p => (long)p.Racks.Count * p.Racks.ServersPerRack * p.Server.ChipsPerServer);
            var at = Locate.Path(centers, center.Key, "racks");
            var racks = string.Join(" + ", center.Select(p => $"{p.Racks.Count} racks x {p.Racks.ServersPerRack} servers"));
            if (servers > MaxServers)
            {
                r.Error(at, $"'{center.First().Center}': {racks} = {Count.Of(servers)} servers, more than the {Count.Of(MaxServers)} a center may have (each server is an actor of its own)");
                ok = false;
            }
            else if (chips > MaxChips)
            {
                r.Error(at, $"'{center.First().Center}': {Count.Of(servers)} servers with {Count.Of(chips)} chips, more than the {Count.Of(MaxChips)} chips a center may have");
                ok = false;
            }
        }
        var allServers = pools.Sum(p => (long)p.Racks.Count * p.Racks.ServersPerRack);
        var allChips = pools.Sum(p => (long)p.Racks.Count * p.Racks.ServersPerRack * p.Server.ChipsPerServer);
        if (ok && (allServers > MaxServers || allChips > MaxChips))
        {
            r.Error(centers!, $"the centers have {Count.Of(allServers)} servers and {Count.Of(allChips)} chips together, more than the {Count.Of(MaxServers)} servers and {Count.Of(MaxChips)} chips one run may simulate");
            ok = false;
        }
        return ok;
    }

    public static void CheckTenants(IReadOnlyList<TenantGroupSpec> tenants, Node? at, NodeReader r)
    {
        var total = tenants.Sum(t => (long)t.Count);
        if (total > MaxTenants)
        {
            r.Error(at!, $"'tenants': {Count.Of(total)} tenants in all, more than the {Count.Of(MaxTenants)} one run may simulate (each tenant is an actor of its own)");
        }
    }
}

using CenterSim.Model.Scenario;
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

    /// <summary>Servers and chips of every pool of every center, in 64 bits; reports each pool over a bound at its center's racks or pools. True when all fit.</summary>
    public static bool CheckCenters(IReadOnlyList<Sections.PoolCapacity> pools, Node? centers, NodeReader r)
    {
        var ok = true;
        long allServers = 0, allChips = 0;
        foreach (var p in pools)
        {
            var servers = p.Servers;
            var chips = p.ExactChips;
            allServers += servers;
            allChips += chips;
            var center = Locate.Path(centers, p.CenterIndex);
            var at = center is MappingNode m && m["pools"] is not null ? Locate.Path(center, "pools") : Locate.Path(center, "racks");
            if (servers > MaxServers)
            {
                r.Error(at, $"'racks': {p.Racks.Count} racks x {p.Racks.ServersPerRack} servers = {Count.Of(servers)} servers, more than the {Count.Of(MaxServers)} a center may have (each server is an actor of its own)");
                ok = false;
            }
            else if (chips > MaxChips)
            {
                r.Error(at, $"'racks': {Count.Of(servers)} servers x {p.Server.ChipsPerServer} chips = {Count.Of(chips)} chips, more than the {Count.Of(MaxChips)} a center may have");
                ok = false;
            }
        }
        if (ok && (allServers > MaxServers || allChips > MaxChips))
        {
            r.Error(centers!, $"the centers have {Count.Of(allServers)} servers and {Count.Of(allChips)} chips together, more than the {Count.Of(MaxServers)} servers and {Count.Of(MaxChips)} chips one run may simulate");
            ok = false;
        }
        return ok;
    }

    /// <summary>Chips of a center, exact in 64 bits (the bounds above keep a valid center's within an int).</summary>
    public static long ChipsOf(RackSpec racks, ServerTypeSpec type) => (long)racks.Count * racks.ServersPerRack * type.ChipsPerServer;

    public static void CheckTenants(IReadOnlyList<TenantGroupSpec> tenants, Node? at, NodeReader r)
    {
        var total = tenants.Sum(t => (long)t.Count);
        if (total > MaxTenants)
        {
            r.Error(at!, $"'tenants': {Count.Of(total)} tenants in all, more than the {Count.Of(MaxTenants)} one run may simulate (each tenant is an actor of its own)");
        }
    }
}

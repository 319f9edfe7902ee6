using CenterSim.Model.Scenario;
using CenterSim.Policies.Capacity;
using CenterSim.Policies.Pricing;

namespace CenterSim.Simulation.Market;

/// <summary>
/// What every tenant bought on every pool, from its market keys and the pool's pricing: indexed
/// [pool][tenant], tenants in run order (groups, then trace tenants, which buy plain on-demand). A
/// tenant's reserved chips are held on the first pool whose pricing reserves chips, not on every one, and in
/// a network at its <c>committed_center</c> only.
/// </summary>
public static class TenantTermsTable
{
    public static TenantTerms[][] For(ScenarioSpec spec, IReadOnlyList<IPricingPolicy> pricing)
    {
        var tenants = spec.Tenants.Sum(g => g.Count) + (spec.Trace?.Tenants.Count ?? 0);
        var table = new TenantTerms[pricing.Count][];
        var reservedOn = new int[tenants];
        Array.Fill(reservedOn, -1);
        for (var p = 0; p < pricing.Count; p++)
        {
            table[p] = new TenantTerms[tenants];
            var t = 0;
            foreach (var group in spec.Tenants)
            {
                for (var k = 0; k < group.Count; k++, t++)
                {
                    // In a network a tenant's reserved chips are held at the center it names only.
                    var reservedHere = spec.Network is null || group.Market?.CommittedCenter == spec.Center.Name;
                    var terms = pricing[p].TermsFor(group.Market?.Spot == true, reservedHere ? group.Market?.CommittedChips ?? 0 : 0);
                    if (terms.ReservedChips > 0)
                    {
                        if (reservedOn[t] >= 0)
                        {
                            terms = terms with { ReservedChips = 0 };
                        }
                        else
                        {
                            reservedOn[t] = p;
                        }
                    }
                    table[p][t] = terms;
                }
            }
        }
        return table;
    }
}

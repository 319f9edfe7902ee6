using CenterSim.Model.Market;
using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// The tenants of a network market in run order, as its book sees them: groups' members, then the
/// trace's tenants (no market keys and no budget limit; they apply to their home region's agency, as a
/// single center's trace tenants apply for its vouchers). For each:
/// its home region, market keys, voucher program (its home region's agency), budget per period, and
/// whether its money is unlimited.
/// </summary>
public sealed class NetworkTenants
{
    public NetworkTenants(ScenarioSpec spec, WanRoutes routes)
    {
        var groups = spec.Tenants.SelectMany(g => Enumerable.Repeat(g, g.Count)).ToArray();
        var traced = TenantRoster.TracedCount(spec);
        var programs = spec.Market!.Programs;
        Groups = groups;
        Count = groups.Length + traced;
        Region = TenantRoster.HomeRegions(spec).Select(r => routes.RegionIndex(r!)).ToArray();
        Market = groups.Select(g => g.Market).Concat(new TenantMarketSpec?[traced]).ToArray();
        DeskOf = groups.Select(g => ProgramIndex(programs, g.Region!)).Concat(Enumerable.Repeat(traced > 0 ? ProgramIndex(programs, spec.Trace!.Region!) : -1, traced)).ToArray();
        ProgramOf = DeskOf.Select(k => k < 0 ? null : programs[k]).ToArray();
        PeriodBudgetCents = groups.Select(g => g.Market?.BudgetYuanPerPeriod is { } p ? Ledger.ToCents(p) : 0).Concat(new long[traced]).ToArray();
        Unlimited = groups.Select(g => g.Market?.BudgetYuanPerPeriod is null && g.BudgetYuan is null).Concat(Enumerable.Repeat(true, traced)).ToArray();
    }

    public int Count { get; }

    /// <summary>The groups' members (the first tenants), each with its group.</summary>
    public TenantGroupSpec[] Groups { get; }

    /// <summary>Each tenant's home region (index into the network's regions).</summary>
    public int[] Region { get; }

    public TenantMarketSpec?[] Market { get; }

    /// <summary>Each tenant's voucher program (index into <see cref="MarketSpec.Programs"/>), -1 for none.</summary>
    public int[] DeskOf { get; }

    public VoucherProgramSpec?[] ProgramOf { get; }

    public long[] PeriodBudgetCents { get; }

    /// <summary>Neither a budget per period nor for the run: the tenant pays whatever it buys.</summary>
    public bool[] Unlimited { get; }

    /// <summary>The program a tenant of this home region applies to: its region's agency, else a program for everyone; -1 for none.</summary>
    public static int ProgramIndex(IReadOnlyList<VoucherProgramSpec> programs, string region)
    {
        for (var k = 0; k < programs.Count; k++)
        {
            if (programs[k].IssuerRegion is null || programs[k].IssuerRegion == region)
            {
                return k;
            }
        }
        return -1;
    }
}

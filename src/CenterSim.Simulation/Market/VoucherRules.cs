using CenterSim.Model.Market;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Market;

/// <summary>Where a voucher program's vouchers may pay a bill.</summary>
public static class VoucherRules
{
    /// <summary>Whether a program's vouchers may pay this tenant's bills on a pool of these servers at a center in this region.</summary>
    public static bool Redeemable(VoucherProgramSpec program, TenantCategory category, string region, ServerTypeSpec servers) =>
        program.IsEligible(category)
        && (program.EligibleRegions is null || program.EligibleRegions.Contains(region, StringComparer.OrdinalIgnoreCase))
        && (!program.DomesticOnly || servers.IsDomestic);

    /// <summary>The share of a bill on each pool of the center the program pays for a tenant of this category (0 where it may not).</summary>
    public static double[] SharesByPool(VoucherProgramSpec? program, TenantCategory category, ScenarioSpec spec) =>
        spec.Center.Pools.Select(p =>
        {
            var servers = spec.Hardware[p.Racks.ServerType];
            return program is not null && Redeemable(program, category, spec.Center.Region, servers)
                ? program.ShareFor(category, servers.IsDomestic)
                : 0;
        }).ToArray();
}

using CenterSim.Model.Scenario;
using CenterSim.Policies.Vouchers;

namespace CenterSim.Simulation.Market;

/// <summary>
/// The tenants of a scenario as a voucher agency first sees them, in tenant order (the groups', then a trace's), with no merit points yet;
/// eligible where the program may pay for them on at least one pool of the center.
/// </summary>
public static class VoucherApplicants
{
    public static VoucherApplicant[] For(ScenarioSpec spec)
    {
        var program = spec.Market!.Vouchers!;
        return spec.Tenants
            .SelectMany(g => Enumerable.Repeat(new VoucherApplicant(
                g.Category,
                VoucherRules.SharesByPool(program, g.Category, spec).Any(share => share > 0),
                g.Market?.BudgetYuanPerPeriod ?? g.BudgetYuan ?? double.PositiveInfinity,
                0), g.Count))
            .Concat(TraceTenants(spec).Select(_ => new VoucherApplicant(
                spec.Trace!.Category, VoucherRules.SharesByPool(program, spec.Trace.Category, spec).Any(share => share > 0), double.PositiveInfinity, 0)))
            .ToArray();
    }

    /// <summary>A trace's tenants, in the order the roster numbers them after the groups' (first appearance).</summary>
    private static IEnumerable<string> TraceTenants(ScenarioSpec spec) => spec.Trace?.Jobs.Select(j => j.Tenant).Distinct() ?? Enumerable.Empty<string>();
}

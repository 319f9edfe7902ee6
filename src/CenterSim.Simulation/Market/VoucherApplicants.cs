using CenterSim.Model.Scenario;
using CenterSim.Policies.Vouchers;

namespace CenterSim.Simulation.Market;

/// <summary>
/// The tenants of a scenario as a voucher agency first sees them, in tenant order, with no merit points yet;
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
            .ToArray();
    }
}

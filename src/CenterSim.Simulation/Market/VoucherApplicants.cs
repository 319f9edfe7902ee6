using CenterSim.Model.Scenario;
using CenterSim.Policies.Vouchers;
using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Market;

/// <summary>The tenants of a scenario as a voucher agency first sees them, in tenant order, with no merit points yet.</summary>
public static class VoucherApplicants
{
    public static VoucherApplicant[] For(ScenarioSpec spec)
    {
        var program = spec.Market!.Vouchers!;
        var domestic = MarketActor.IsDomestic(spec.ServerType.Ecosystem);
        return spec.Tenants
            .SelectMany(g => Enumerable.Repeat(new VoucherApplicant(
                g.Category,
                MarketActor.Redeemable(program, g.Category, spec.Center.Region, domestic),
                g.Market?.BudgetYuanPerPeriod ?? g.BudgetYuan ?? double.PositiveInfinity,
                0), g.Count))
            .ToArray();
    }
}

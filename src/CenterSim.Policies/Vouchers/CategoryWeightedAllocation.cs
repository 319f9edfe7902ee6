using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Vouchers;

/// <summary>The pool split among eligible tenants in proportion to a weight per category (a tilt toward SMEs, research or key projects).</summary>
public sealed class CategoryWeightedAllocation(IReadOnlyDictionary<TenantCategory, double> weights) : IVoucherAllocation
{
    public void Allocate(VoucherAllocationContext context, long[] awards) =>
        Awards.ByWeight(context, context.Applicants.Select(a => a.Eligible ? weights.GetValueOrDefault(a.Category, 1) : 0.0).ToArray(), awards);
}

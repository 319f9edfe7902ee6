namespace CenterSim.Policies.Vouchers;

/// <summary>Shared arithmetic of allocations: shares of the pool by weight, in whole cents, capped.</summary>
public static class Awards
{
    /// <summary>
    /// Gives each applicant with a positive weight floor(pool × w / Σw) cents, at most the cap. Flooring
    /// keeps the sum within the pool.
    /// </summary>
    public static void ByWeight(VoucherAllocationContext context, IReadOnlyList<double> weights, long[] awards)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }
        for (var i = 0; i < awards.Length; i++)
        {
            awards[i] = total > 0 && weights[i] > 0
                ? Math.Min(context.CapCents, (long)Math.Floor(context.PoolCents * (weights[i] / total)))
                : 0;
        }
    }

    /// <summary>Serves applicants in <paramref name="order"/>, each the cap or what is left of the pool.</summary>
    public static void InOrder(VoucherAllocationContext context, IEnumerable<int> order, long[] awards)
    {
        Array.Clear(awards);
        var left = context.PoolCents;
        foreach (var i in order)
        {
            if (!context.Applicants[i].Eligible)
            {
                continue;
            }
            var a = Math.Min(context.CapCents, left);
            awards[i] = a;
            left -= a;
        }
    }
}

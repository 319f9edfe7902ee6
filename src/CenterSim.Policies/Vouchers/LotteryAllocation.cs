namespace CenterSim.Policies.Vouchers;

/// <summary>Eligible tenants are served the cap in a random order (a lottery) until the pool runs out.</summary>
public sealed class LotteryAllocation : IVoucherAllocation
{
    public void Allocate(VoucherAllocationContext context, long[] awards)
    {
        var order = Enumerable.Range(0, awards.Length).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = Math.Min(i, (int)(context.NextUniform() * (i + 1)));
            (order[i], order[j]) = (order[j], order[i]);
        }
        Awards.InOrder(context, order, awards);
    }
}

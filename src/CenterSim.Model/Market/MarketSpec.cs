namespace CenterSim.Model.Market;

/// <summary>
/// The compute market of a run: the accounting period (tenant budgets and voucher pools refill at
/// every period start), the provider's cost structure, an optional voucher program, and whether to
/// rerun each replication without vouchers to measure what they added.
/// </summary>
public sealed record MarketSpec(
    double PeriodSeconds,
    EconomicsSpec Economics,
    VoucherProgramSpec? Vouchers,
    bool CounterfactualNoVouchers)
{
    /// <summary>
    /// A network's voucher agencies, one per issuing city or province (<c>market.vouchers</c> as a list);
    /// empty otherwise. Each tenant applies to the agency of its home region.
    /// </summary>
    public IReadOnlyList<VoucherProgramSpec> Agencies { get; init; } = Array.Empty<VoucherProgramSpec>();

    /// <summary>A voucher program or an agency is given.</summary>
    public bool HasVouchers => Vouchers is not null || Agencies.Count > 0;

    /// <summary>The programs a tenant of the network may apply to: the agencies, else the one program for everyone.</summary>
    public IReadOnlyList<VoucherProgramSpec> Programs => Agencies.Count > 0 ? Agencies : Vouchers is null ? Array.Empty<VoucherProgramSpec>() : new[] { Vouchers };

    public bool Equals(MarketSpec? other) =>
        other is not null && PeriodSeconds.Equals(other.PeriodSeconds) && Economics == other.Economics && Vouchers == other.Vouchers
        && CounterfactualNoVouchers == other.CounterfactualNoVouchers && Agencies.SequenceEqual(other.Agencies);

    public override int GetHashCode() => HashCode.Combine(PeriodSeconds, Economics, Vouchers, CounterfactualNoVouchers, Agencies.Count);
}

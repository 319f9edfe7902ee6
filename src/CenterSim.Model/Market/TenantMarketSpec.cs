using CenterSim.Model.Workload;

namespace CenterSim.Model.Market;

/// <summary>
/// How a tenant group behaves in the market. Each job's value to the tenant (yuan per chip-hour it would
/// pay at most) is drawn from <see cref="WillingnessYuanPerChipHour"/>. On an ecosystem it does not run on,
/// the porting effort raises its effective price by <see cref="PortingCostShare"/>, or it refuses when
/// that is null. It waits at most <see cref="PatienceHours"/> for a cheaper price and shrinks a job to no
/// less than <see cref="MinShrinkShare"/> of its work when cash is short.
/// </summary>
public sealed record TenantMarketSpec(
    double? BudgetYuanPerPeriod,
    DistributionSpec? WillingnessYuanPerChipHour,
    IReadOnlyList<string>? Ecosystems,
    double? PortingCostShare,
    double PatienceHours,
    double MinShrinkShare)
{
    public static TenantMarketSpec Default { get; } = new(null, null, null, null, 0, 1);

    /// <summary>Buys at the spot price (pricing <c>spot</c>): cheaper, but its jobs may be preempted.</summary>
    public bool Spot { get; init; }

    /// <summary>Chips reserved for each tenant of the group for the whole run (pricing <c>committed</c>); 0 for none.</summary>
    public int CommittedChips { get; init; }

    /// <summary>In a network, the center that holds the group's reserved chips (<c>committed_center</c>); null with one center.</summary>
    public string? CommittedCenter { get; init; }
}

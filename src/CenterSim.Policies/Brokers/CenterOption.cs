namespace CenterSim.Policies.Brokers;

/// <summary>
/// What the broker knows of one center for one job: its estimated bill, the cost and time to move the
/// job's input data there, the wait it would likely see, and the carbon its run would emit; in a market,
/// also what the tenant's voucher would pay there (its agency's spending rule, its share, its balance).
/// A center the job's data cannot reach is not offered.
/// </summary>
public readonly record struct CenterOption(
    int Center,
    bool Home,
    double ComputeYuan,
    double TransferYuan,
    double TransferSeconds,
    double WaitSeconds,
    double CarbonKg)
{
    /// <summary>What the tenant pays: the compute bill plus the transfer fee.</summary>
    public double CostYuan => ComputeYuan + TransferYuan;

    /// <summary>What the tenant's voucher would pay of the bill and the transfer fee there (0 without a market or vouchers).</summary>
    public double VoucherYuan { get; init; }

    /// <summary>What the tenant pays out of its own pocket: the bill and the fee less the voucher part.</summary>
    public double OutOfPocketYuan => CostYuan - VoucherYuan;

    /// <summary>From submission to start: moving the data, then queueing.</summary>
    public double DelaySeconds => TransferSeconds + WaitSeconds;
}

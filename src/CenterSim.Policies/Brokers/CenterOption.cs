namespace CenterSim.Policies.Brokers;

/// <summary>
/// What the broker knows of one center for one job: its estimated bill, the cost and time to move the
/// job's input data there, the wait it would likely see, and the carbon its run would emit.
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

    /// <summary>From submission to start: moving the data, then queueing.</summary>
    public double DelaySeconds => TransferSeconds + WaitSeconds;
}

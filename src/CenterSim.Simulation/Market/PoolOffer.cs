namespace CenterSim.Simulation.Market;

/// <summary>The pool a job is offered on, at what price per chip-hour, with what voucher share and porting effort.</summary>
public readonly record struct PoolOffer(int Pool, double YuanPerChipHour, double VoucherShare, bool CanRun, double PortingCostShare)
{
    /// <summary>What the tenant weighs: its out-of-pocket price raised by the porting effort.</summary>
    public double EffectiveYuanPerChipHour => YuanPerChipHour * (1 - VoucherShare) * (1 + PortingCostShare);
}

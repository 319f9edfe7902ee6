namespace CenterSim.Policies.Pricing;

/// <summary>
/// What a finished job used, for a pricing policy that bills for use: the work bought (chip-hours at full
/// speed), what was paid for it when bought, every stretch it held chips (restarts after preemptions
/// and failures, slow placements and throttling all lengthen them) and the load its center posted.
/// </summary>
public sealed record JobUsage(int Chips, double ChipHours, double PaidYuan, IReadOnlyList<UsageStretch> Stretches)
{
    /// <summary>The hourly load of the center while the job ran (empty when no pricing of the center reads it).</summary>
    public LoadHistory Load { get; init; } = new();
}

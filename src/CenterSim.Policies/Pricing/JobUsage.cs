namespace CenterSim.Policies.Pricing;

/// <summary>
/// What a finished job used, for a pricing policy that bills for use: the work bought (chip-hours at full
/// speed), what was paid for it when bought, and every stretch it held chips (restarts after preemptions
/// and failures, slow placements and throttling all lengthen them).
/// </summary>
public sealed record JobUsage(int Chips, double ChipHours, double PaidYuan, IReadOnlyList<UsageStretch> Stretches);

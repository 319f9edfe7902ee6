namespace CenterSim.Simulation.Events;

/// <summary>
/// One decision of a run, as an actor reported it: what happened (<see cref="Kind"/>), when (simulated
/// seconds) and the figures the decision was made on. Fields that do not apply to a kind are null, and
/// are left out of the JSON lines. docs/classroom.md lists every kind and field.
/// </summary>
public sealed record SimEvent(double T, string Kind)
{
    /// <summary>The center's index in a network run; null in a single-center run.</summary>
    public int? Center { get; init; }

    public long? Job { get; init; }

    public string? Tenant { get; init; }

    public string? Category { get; init; }

    public int? Chips { get; init; }

    public double? ChipHours { get; init; }

    public int? Pool { get; init; }

    /// <summary>The quoted price, yuan per chip-hour, before vouchers.</summary>
    public double? Price { get; init; }

    /// <summary>What the job is worth to its tenant, yuan per chip-hour.</summary>
    public double? Value { get; init; }

    /// <summary>What the tenant would pay out of pocket per chip-hour after vouchers and porting.</summary>
    public double? OutOfPocket { get; init; }

    public string? Reason { get; init; }

    public double? CashYuan { get; init; }

    public double? VoucherYuan { get; init; }

    /// <summary>Servers (numbered across the center) and the chips the job holds on each.</summary>
    public int[]? Servers { get; init; }

    public int[]? ServerChips { get; init; }

    public int? Server { get; init; }

    public int? Rack { get; init; }

    /// <summary>Throttle speed factor (1 = full speed).</summary>
    public double? Speed { get; init; }

    public double? CapKw { get; init; }

    public double? Hours { get; init; }

    public int? Queued { get; init; }

    /// <summary>Network runs: the center a job was sent to, and what moving its input data there cost.</summary>
    public string? To { get; init; }

    public double? TransferYuan { get; init; }

    public MoneySnapshot? Money { get; init; }
}

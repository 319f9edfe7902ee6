namespace CenterSim.Model.Infrastructure;

/// <summary>
/// Power beyond the linear server model: a measured power table, sleep states, rack caps, a facility
/// budget with a capping policy, a load-dependent PUE, time-of-use tariffs and hourly carbon intensity.
/// </summary>
public sealed record PowerSpec(
    PowerTableSpec? Table,
    PowerManagementSpec Management,
    double? RackCapKw,
    double? FacilityBudgetKw,
    CappingMode Capping,
    double? PueAtIdle,
    double? PueAtFull,
    IReadOnlyList<double>? TariffByHour,
    IReadOnlyList<double>? CarbonKgPerKwhByHour)
{
    /// <summary>
    /// Exponent k of the throttling curve: a chip slowed to speed f draws idle + (peak - idle) x f^k of its
    /// busy power (<c>throttle_power_exponent</c>). 3 is the first-order CMOS model (dynamic power C V^2 f
    /// with voltage scaled in proportion to frequency); 1 is power linear in speed.
    /// </summary>
    public double ThrottlePowerExponent { get; init; } = 3;

    public bool HasCaps => RackCapKw is not null || FacilityBudgetKw is not null;
}

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
    public bool HasCaps => RackCapKw is not null || FacilityBudgetKw is not null;
}

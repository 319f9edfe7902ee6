using CenterSim.Model.Scenario;

namespace CenterSim.Model.Results;

/// <summary>What happened to one measured job. Times are simulated seconds; NaN where the event never came.</summary>
public readonly record struct JobRecord(
    long Id,
    string Tenant,
    TenantCategory Category,
    int Chips,
    double ChipHours,
    double Submit,
    double Start,
    double End,
    double CostYuan,
    JobStatus Status)
{
    /// <summary>The center that ran (or holds) the job in a network run; null with one center.</summary>
    public string? Center { get; init; }

    /// <summary>Why a rejected or abandoned job never ran.</summary>
    public RefusalReason Reason { get; init; }
}

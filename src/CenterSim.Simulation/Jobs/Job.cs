using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Simulation.Jobs;

/// <summary>
/// A training job: a gang of chips for an amount of chip-hours. Created by its tenant, then owned by
/// whichever actor holds it (market, scheduler); each writes only the fields of its own step.
/// </summary>
public sealed class Job : IJobView
{
    public Job(TenantInfo tenant, int chips, double chipHours, double submitTime)
    {
        Tenant = tenant;
        Chips = chips;
        ChipHours = chipHours;
        SubmitTime = submitTime;
        RuntimeSeconds = chipHours * SimTime.Hour / chips;
    }

    /// <summary>Arrival index over the whole run (0-based), set by the market.</summary>
    public long Id { get; set; } = -1;

    public TenantInfo Tenant { get; }

    public TenantCategory Category => Tenant.Category;

    public int Chips { get; }

    public double ChipHours { get; }

    public double SubmitTime { get; }

    public double RuntimeSeconds { get; }

    public double StartTime { get; set; } = double.NaN;

    public double EndTime { get; set; } = double.NaN;

    public double CostYuan { get; set; }

    /// <summary>Inside the measurement window (after warm-up), so it counts in the results.</summary>
    public bool Measured { get; set; }

    public ChipGrant[] Grants { get; set; } = Array.Empty<ChipGrant>();

    /// <summary>Slot in the scheduler's running list, for O(1) removal.</summary>
    public int RunningSlot { get; set; } = -1;

    public double WaitSeconds => StartTime - SubmitTime;

    public JobRecord ToRecord(JobStatus status) =>
        new(Id, Tenant.Name, Tenant.Category, Chips, ChipHours, SubmitTime, StartTime, EndTime, CostYuan, status);
}

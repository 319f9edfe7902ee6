using CenterSim.Model.Scenario;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Tests.Support;

/// <summary>A job as a scheduling policy sees it, for policy tests without a run.</summary>
public sealed record FakeJob(long Id, int Chips, double RuntimeSeconds, double StartTime = double.NaN) : IJobView
{
    public TenantCategory Category => TenantCategory.Sme;

    public double SubmitTime => 0;
}

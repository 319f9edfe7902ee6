using CenterSim.Model.Results;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Policies.Capacity;

/// <summary>
/// Chips reserved per tenant, held by an admission rule on chip counts. A job may start only if the chips
/// left free afterwards still cover every tenant's unused reservation; its own tenant's unused reserved
/// chips are its to take first. Which servers the reserved chips are on is not fixed, so a reserved gang
/// may still wait for room on one server. How many of a job's chips run on reserved chips is fixed at
/// each start.
/// </summary>
public sealed class ReservationCapacityRule : ICapacityRule
{
    private readonly int[] _reserved;
    private readonly int[] _inUse;
    private readonly Dictionary<long, int> _covered = new();
    private readonly double[] _counters = new double[1];
    private readonly long _totalReserved;
    private int _usedChips;

    public ReservationCapacityRule(int[] reservedByTenant)
    {
        _reserved = reservedByTenant;
        _inUse = new int[reservedByTenant.Length];
        _totalReserved = reservedByTenant.Sum(r => (long)r);
    }

    public IReadOnlyList<double> Counters => _counters;

    /// <summary>Chips of the job that would run on its tenant's unused reservation if it started now.</summary>
    private int CoveredChips(IJobView job) =>
        Math.Min(job.Chips, Math.Max(0, _reserved[job.Tenant] - _inUse[job.Tenant]));

    public bool MayStart(IJobView job, ICapacityControl control)
    {
        var idle = 0;
        for (var t = 0; t < _reserved.Length; t++)
        {
            idle += Math.Max(0, _reserved[t] - _inUse[t]);
        }
        return control.Cluster.TotalFree - job.Chips >= idle - CoveredChips(job);
    }

    public int Started(IJobView job, bool firstStart)
    {
        var covered = CoveredChips(job);
        _covered[job.Id] = covered;
        _inUse[job.Tenant] += covered;
        _usedChips += covered;
        return firstStart ? covered : 0;
    }

    public void Stopped(IJobView job)
    {
        if (_covered.Remove(job.Id, out var covered))
        {
            _inUse[job.Tenant] -= covered;
            _usedChips -= covered;
        }
    }

    public void Accumulate(double seconds) => _counters[0] += _usedChips * seconds;

    public IEnumerable<Metric> Metrics(CounterWindow window)
    {
        var available = window.Seconds * _totalReserved;
        yield return new Metric("committed_utilization", available > 0 ? window.Delta(0) / available : double.NaN);
    }
}

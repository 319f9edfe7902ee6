namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// The scheduler's levels and their integrals over time: allocated chips (per pool and in all), jobs
/// queued and in system, delivered, throttled and stranded chips; plus work lost to failures and the
/// measured jobs' preemptions, and what failures did (<see cref="FailureMeter"/>). <see cref="Accumulate"/> runs before every change, so averages are exact.
/// </summary>
public sealed class SchedulerMeters
{
    private readonly int[] _poolChips;
    private double _lastChange;

    public SchedulerMeters(int pools, int failureCauses = 0)
    {
        Failures = new FailureMeter(failureCauses);
        _poolChips = new int[pools];
        PoolChipSeconds = new double[pools];
    }

    public int AllocatedChips { get; private set; }

    /// <summary>Chips of jobs started and not yet finished, running or waiting again after a failure or preemption.</summary>
    public int StartedChips { get; set; }

    public double StartedChipSeconds { get; private set; }

    public FailureMeter Failures { get; }

    public int Queued { get; set; }

    public int Running { get; set; }

    public double EffectiveChips { get; set; }

    public double ThrottledChips { get; set; }

    public int StrandedChips { get; set; }

    public double AllocatedChipSeconds { get; private set; }

    public double[] PoolChipSeconds { get; }

    public double QueueJobSeconds { get; private set; }

    public double SystemJobSeconds { get; private set; }

    public double EffectiveChipSeconds { get; private set; }

    public double ThrottledChipSeconds { get; private set; }

    public double StrandedChipSeconds { get; private set; }

    public double LostChipSeconds { get; set; }

    public long PreemptedJobs { get; set; }

    public double PreemptedChipSeconds { get; set; }

    /// <summary>Chips allocated in the pool now.</summary>
    public int PoolChips(int pool) => _poolChips[pool];

    public void Allocate(int pool, int chips)
    {
        _poolChips[pool] += chips;
        AllocatedChips += chips;
    }

    /// <summary>Integrates every level up to <paramref name="now"/>; the rules' own integrals get the same interval.</summary>
    public double Accumulate(double now)
    {
        var dt = now - _lastChange;
        if (dt <= 0)
        {
            return 0;
        }
        AllocatedChipSeconds += AllocatedChips * dt;
        for (var p = 0; p < _poolChips.Length; p++)
        {
            PoolChipSeconds[p] += _poolChips[p] * dt;
        }
        StartedChipSeconds += StartedChips * dt;
        QueueJobSeconds += Queued * dt;
        SystemJobSeconds += (Queued + Running) * dt;
        EffectiveChipSeconds += EffectiveChips * dt;
        ThrottledChipSeconds += ThrottledChips * dt;
        StrandedChipSeconds += StrandedChips * dt;
        _lastChange = now;
        return dt;
    }
}

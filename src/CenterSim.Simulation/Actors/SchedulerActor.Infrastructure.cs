using Akka.Actor;
using CenterSim.Model.Infrastructure;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Power;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The scheduler's part in topology, power capping and failures. Everything here runs only when the
/// scenario has an infrastructure section; without one the scheduler takes its original path.
/// </summary>
public sealed partial class SchedulerActor
{
    private readonly SchedulerInfrastructure? _infra;
    private double _effectiveChips;
    private double _throttledChips;
    private int _strandedChips;
    private double _effectiveChipSeconds;
    private double _throttledChipSeconds;
    private double _strandedChipSeconds;
    private double _lostChipSeconds;
    private double[]? _shares;
    private double[]? _active;
    private double[]? _sentActive;

    /// <summary>After the queue or the running set changed: re-throttle under caps and recount stranded chips.</summary>
    private void AfterChange()
    {
        if (_infra?.Capping == CappingMode.Throttle)
        {
            Rebalance();
        }
        UpdateStranded();
        if (Run.CenterIndex >= 0)
        {
            ReportLoad();
        }
    }

    private void UpdateStranded()
    {
        var smallest = int.MaxValue;
        foreach (var job in _queue)
        {
            if (job.Chips < smallest)
            {
                smallest = job.Chips;
                if (smallest == 1)
                {
                    break;
                }
            }
        }
        _strandedChips = smallest == int.MaxValue ? 0 : Fragmentation.StrandedChips(_book, smallest);
    }

    /// <summary>Efficiency, wake-up delay and work tracking of a job that starts now; returns the wake-up delay.</summary>
    private double OnStart(Job job, ChipGrant[] grants)
    {
        var infra = _infra!;
        job.Efficiency = infra.Communication?.Efficiency(grants) ?? 1;
        job.Speed = 1;
        var wake = infra.WakeSeconds(grants, Now);
        if (infra.TracksWork)
        {
            if (double.IsNaN(job.WorkLeft))
            {
                job.WorkLeft = job.RuntimeSeconds;
            }
            job.ProgressSince = Now + wake;
        }
        return wake;
    }

    private void PlanFinish(Job job)
    {
        if (!_infra!.TracksWork)
        {
            Clock.After(job.RuntimeSeconds, Self, new SchedulerProtocol.Finish(job, job.Version));
            return;
        }
        job.Version++;
        if (job.Speed > 0)
        {
            Clock.At(job.ProgressSince + job.WorkLeft / job.Speed, Self, new SchedulerProtocol.Finish(job, job.Version));
        }
    }

    /// <summary>Brings a running job's remaining work up to now at its current speed.</summary>
    private void Progress(Job job)
    {
        if (Now > job.ProgressSince)
        {
            job.WorkLeft = Math.Max(0, job.WorkLeft - (Now - job.ProgressSince) * job.Speed);
            job.ProgressSince = Now;
        }
    }

    /// <summary>
    /// Proportional throttling: each capped domain (rack, facility) gets the largest speed factor that
    /// keeps it under its cap with every busy chip at that factor; a job runs at the smallest factor of
    /// the domains it spans. Jobs whose speed changes get their finish moved.
    /// </summary>
    private void Rebalance()
    {
        var infra = _infra!;
        var n = _book.ServerCount;
        _shares ??= new double[n];
        _active ??= new double[n];
        for (var s = 0; s < n; s++)
        {
            _shares[s] = infra.Down[s] ? 0 : (double)(_book.Capacity(s) - _book.Free(s)) / _book.Capacity(s);
        }
        var perRack = infra.ServersPerRack;
        var racks = n / perRack;
        var rackFactor = new double[racks];
        for (var r = 0; r < racks; r++)
        {
            rackFactor[r] = infra.RackCapW is { } cap
                ? ThrottleCapping.Factor(infra.Power, new ArraySegment<double>(_shares, r * perRack, perRack), cap + DownCredit(r * perRack, perRack))
                : 1;
        }
        var facility = 1.0;
        if (infra.FacilityBudgetW is { } budget)
        {
            // Facility power rises with IT power, so the IT power the budget allows is found once and
            // capped like a rack; down servers draw nothing, which the idle term of the model would count.
            var itAllowed = FacilityToIt(budget);
            facility = ThrottleCapping.Factor(infra.Power, _shares, itAllowed + DownCredit(0, n));
        }
        Array.Clear(_active);
        foreach (var job in _running)
        {
            var f = facility;
            foreach (var g in job.Grants)
            {
                f = Math.Min(f, rackFactor[g.Server / perRack]);
            }
            if (f != job.Speed)
            {
                Progress(job);
                _effectiveChips += job.Chips * job.Efficiency * (f - job.Speed);
                _throttledChips -= job.Chips * (f - job.Speed);
                job.Speed = f;
                PlanFinish(job);
            }
            foreach (var g in job.Grants)
            {
                _active[g.Server] += g.Chips * f;
            }
        }
        _sentActive ??= new double[n];
        var servers = Run.Directory.Servers;
        for (var s = 0; s < n; s++)
        {
            if (_active[s] != _sentActive[s])
            {
                _sentActive[s] = _active[s];
                servers[s].Tell(new ServerProtocol.SetActiveChips(_active[s]));
            }
        }
    }

    /// <summary>
    /// The capper counts every server at the model's power, idle ones at idle; a down server draws
    /// nothing, so its idle watts are headroom. (Down servers have no busy chips, so they sit at idle in the model.)
    /// </summary>
    private double DownCredit(int first, int count)
    {
        var credit = 0.0;
        for (var s = first; s < first + count; s++)
        {
            if (_infra!.Down[s])
            {
                credit += _infra.Power.IdleW;
            }
        }
        return credit;
    }

    private double FacilityToIt(double facilityW)
    {
        var pue = _infra!.Pue;
        double lo = 0, hi = facilityW;
        for (var i = 0; i < 80; i++)
        {
            var mid = (lo + hi) / 2;
            if (pue.FacilityW(mid) <= facilityW)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Delay-start capping: would starting on these chips (already reserved in the book) keep every cap?</summary>
    private bool AdmitUnderCaps(ChipGrant[] grants)
    {
        var infra = _infra!;
        var n = _book.ServerCount;
        _shares ??= new double[n];
        for (var s = 0; s < n; s++)
        {
            _shares[s] = infra.Down[s] ? 0 : (double)(_book.Capacity(s) - _book.Free(s)) / _book.Capacity(s);
        }
        foreach (var g in grants)
        {
            _shares[g.Server] += (double)g.Chips / _book.Capacity(g.Server);
        }
        var perRack = infra.ServersPerRack;
        var total = 0.0;
        for (var r = 0; r < n / perRack; r++)
        {
            var rackW = 0.0;
            for (var s = r * perRack; s < (r + 1) * perRack; s++)
            {
                rackW += infra.Down[s] ? 0 : infra.Power.Watts(_shares[s]);
            }
            if (infra.RackCapW is { } cap && rackW > cap)
            {
                return false;
            }
            total += rackW;
        }
        return infra.FacilityBudgetW is not { } budget || infra.Pue.FacilityW(total) <= budget;
    }

    private void OnServerFailed(int server, double repairSeconds)
    {
        var infra = _infra!;
        if (infra.Down[server])
        {
            return;
        }
        for (var i = _running.Count - 1; i >= 0; i--)
        {
            var job = _running[i];
            if (Array.Exists(job.Grants, g => g.Server == server))
            {
                Kill(job, infra.Failures!.CheckpointIntervalSeconds);
            }
        }
        infra.Down[server] = true;
        _book.SetDown(server);
        Run.Directory.Servers[server].Tell(new ServerProtocol.PowerState(false));
        Clock.After(repairSeconds, Self, new SchedulerProtocol.ServerRepaired(server));
    }

    private void OnServerRepaired(int server)
    {
        var infra = _infra!;
        infra.Down[server] = false;
        _book.SetUp(server);
        infra.MarkEmpty(server, Now);
        Run.Directory.Servers[server].Tell(new ServerProtocol.PowerState(true));
    }

    /// <summary>
    /// A job dies with a server: the work since its last checkpoint (taken every interval of work) is lost
    /// and counted; it goes back to the queue in its arrival place and later resumes from the checkpoint.
    /// </summary>
    private void Kill(Job job, double checkpointInterval)
    {
        Progress(job);
        var done = job.RuntimeSeconds - job.WorkLeft;
        var saved = Math.Floor(done / checkpointInterval + 1e-9) * checkpointInterval;
        saved = Math.Min(saved, done);
        var lost = (done - saved) * job.Chips;
        job.LostChipSeconds += lost;
        _lostChipSeconds += lost;
        job.WorkLeft = job.RuntimeSeconds - saved;
        Stop(job);
        job.Speed = 1;
        job.Version++;
        job.Restarts++;
        job.Grants = Array.Empty<ChipGrant>();
        var at = _queue.FindIndex(q => q.Id > job.Id);
        _queue.Insert(at < 0 ? _queue.Count : at, job);
    }
}

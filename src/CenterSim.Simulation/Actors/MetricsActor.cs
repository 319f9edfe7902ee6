using Akka.Actor;
using CenterSim.Model.Results;
using CenterSim.Model.Units;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Metrics;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The meter. It records measured jobs as they end, samples the scheduler's and power budget's
/// integrals every simulated hour and at the edges of the measurement window, and at the end turns
/// them into the run's metrics. It only reads what other actors report.
/// </summary>
public sealed class MetricsActor : SimActor
{
    private const int WindowStartTag = -1;
    private const int WindowEndTag = -2;
    private const int FinalTag = -3;

    private readonly bool _recordJobs;
    private readonly long _measuredJobs;
    private readonly int _totalChips;
    private readonly RunHistory<JobRecord> _records = new();
    private readonly RunHistory<double> _waits = new();
    private readonly RunHistory<(long Id, int Pool)> _billed = new();
    private readonly List<double[]> _rows = new();
    private readonly List<LinkProtocol.Usage> _links = new();
    private readonly Dictionary<int, (SchedulerProtocol.Snapshot? Scheduler, PowerProtocol.Snapshot? Power, double Time)> _pending = new();
    private IntegralSample _lastHour;
    private IntegralSample? _windowStart;
    private IntegralSample? _windowEnd;
    private IntegralSample? _final;
    private SchedulerProtocol.OpenJobs? _open;
    private bool _windowClosed;
    private int _hour;
    private long _completed;
    private long _rejected;
    private long _abandoned;
    private double _completedChipHours;
    private double _jctSeconds;
    private double _revenue;
    private readonly double[] _poolRevenue;
    private double _peakFacilityW;
    private double _hourPeakW;

    public MetricsActor(RunContext run)
        : base(run)
    {
        _recordJobs = run.Spec.Output.JobsCsv;
        _measuredJobs = run.Spec.Stop.Jobs ?? long.MaxValue;
        _totalChips = run.Spec.TotalChips;
        _poolRevenue = new double[run.Layout.Pools.Count];
    }

    public static IReadOnlyList<string> SeriesColumns { get; } =
        new[]
        {
            "hour", "utilization", "it_power_kw", "facility_power_kw", "queue_length", "jobs_in_system",
            "effective_utilization", "peak_facility_kw", "facility_budget_kw", "rack_cap_kw", "cap_violations",
        };

    protected override void OnStart()
    {
        Clock.After(SimTime.Hour, this, MetricsProtocol.SampleTick.Instance);
        var stop = Run.Spec.Stop;
        if (!stop.IsJobCount)
        {
            Clock.At(stop.WarmupSeconds, this, MetricsProtocol.WindowOpen.Instance);
            Clock.At(stop.DurationSeconds!.Value, this, MetricsProtocol.WindowClose.Instance);
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case MetricsProtocol.JobCompleted completed:
                OnCompleted(completed.Result);
                break;
            case MetricsProtocol.JobRejected rejected:
                OnRejected(rejected.Job, rejected.Reason);
                break;
            case MetricsProtocol.JobAbandoned abandoned:
                OnAbandoned(abandoned.Job, abandoned.Reason);
                break;
            case MetricsProtocol.SampleTick:
                _hour++;
                RequestSnapshot(_hour);
                Clock.After(SimTime.Hour, this, MetricsProtocol.SampleTick.Instance);
                break;
            case MetricsProtocol.WindowOpen:
                RequestSnapshot(WindowStartTag);
                break;
            case MetricsProtocol.WindowClose:
                _windowClosed = true;
                RequestSnapshot(WindowEndTag);
                CheckDone();
                break;
            case MetricsProtocol.Finish:
                RequestSnapshot(FinalTag);
                foreach (var link in Run.Directory.RackLinks.Append(Run.Directory.Spine))
                {
                    link.Tell(LinkProtocol.UsageRequest.Instance);
                }
                break;
            case LinkProtocol.Usage usage:
                _links.Add(usage);
                TryPublish();
                break;
            case SchedulerProtocol.Snapshot s:
                var entry = _pending[s.Tag];
                _pending[s.Tag] = entry with { Scheduler = s };
                TryComplete(s.Tag);
                break;
            case PowerProtocol.Snapshot p:
                var e = _pending[p.Tag];
                _pending[p.Tag] = e with { Power = p };
                TryComplete(p.Tag);
                break;
            case SchedulerProtocol.OpenJobs open:
                _open = open;
                TryPublish();
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void OnCompleted(JobResult job)
    {
        if (!job.Measured)
        {
            return;
        }
        _completed++;
        Run.SettledJobs++;
        _waits.Add(job.WaitSeconds);
        _jctSeconds += job.EndTime - job.Job.SubmitTime;
        _completedChipHours += job.Job.ChipHours;
        _revenue += job.CostYuan;
        _billed.Add((job.Id, job.Job.Pool));
        _poolRevenue[job.Job.Pool] += job.CostYuan;
        if (_recordJobs)
        {
            _records.Add(job.ToRecord(JobStatus.Completed));
        }
        CheckDone();
    }

    private void OnRejected(Job job, RefusalReason reason)
    {
        if (!job.Measured)
        {
            return;
        }
        _rejected++;
        Run.SettledJobs++;
        if (_recordJobs)
        {
            _records.Add(JobResult.NeverRan(job).ToRecord(JobStatus.Rejected) with { Reason = reason });
        }
        CheckDone();
    }

    private void OnAbandoned(Job job, RefusalReason reason)
    {
        if (!job.Measured)
        {
            return;
        }
        _abandoned++;
        Run.SettledJobs++;
        if (_recordJobs)
        {
            _records.Add(JobResult.NeverRan(job).ToRecord(JobStatus.Abandoned) with { Reason = reason });
        }
        CheckDone();
    }

    private void CheckDone()
    {
        // A network's centers share the count: the run is done when all its measured jobs are, wherever they went.
        if (_windowClosed && Run.SettledJobs >= _measuredJobs)
        {
            Run.Done = true;
        }
    }

    private void RequestSnapshot(int tag)
    {
        _pending[tag] = (null, null, Now);
        Run.Directory.Scheduler.Tell(new SchedulerProtocol.SnapshotRequest(tag));
        Run.Directory.PowerBudget.Tell(new PowerProtocol.SnapshotRequest(tag));
    }

    private void TryComplete(int tag)
    {
        var (s, p, time) = _pending[tag];
        if (s is null || p is null)
        {
            return;
        }
        _pending.Remove(tag);
        var sample = new IntegralSample(time, s.AllocatedChipSeconds, s.QueueJobSeconds, s.SystemJobSeconds, p.ItJoules)
        {
            EffectiveChipSeconds = s.EffectiveChipSeconds,
            ThrottledChipSeconds = s.ThrottledChipSeconds,
            StrandedChipSeconds = s.StrandedChipSeconds,
            LostChipSeconds = s.LostChipSeconds,
            Scheduler = s,
            FacilityJoules = p.FacilityJoules,
            CostYuan = p.CostYuan,
            PowerSubsidyYuan = p.PowerSubsidyYuan,
            CarbonKg = p.CarbonKg,
            CapViolations = p.CapViolations,
            CapsExceeded = p.CapsExceededNow,
        };
        // The peak since the previous snapshot counts when that stretch lies in the measurement window.
        if (tag != WindowStartTag && _windowStart is not null && _windowEnd is null)
        {
            _peakFacilityW = Math.Max(_peakFacilityW, p.PeakFacilityWattsSinceLast);
        }
        _hourPeakW = Math.Max(_hourPeakW, p.PeakFacilityWattsSinceLast);
        switch (tag)
        {
            case WindowStartTag:
                _windowStart = sample;
                break;
            case WindowEndTag:
                _windowEnd = sample;
                break;
            case FinalTag:
                _final = sample;
                var start = _windowStart ?? default;
                var end = _windowEnd ?? sample;
                Run.Directory.Scheduler.Tell(new SchedulerProtocol.OpenJobsRequest(
                    start.Scheduler ?? new SchedulerProtocol.Snapshot(FinalTag, 0, 0, 0, 0, 0), end.Scheduler!, end.Time - start.Time));
                break;
            default:
                AddHour(sample);
                break;
        }
    }

    private void AddHour(IntegralSample now)
    {
        var prev = _lastHour;
        var dt = now.Time - prev.Time;
        var itKw = (now.ItJoules - prev.ItJoules) / dt / 1000.0;
        var power = Run.Spec.Infrastructure.Power;
        var constantPue = power?.PueAtIdle is null;
        _rows.Add(new[]
        {
            _hour - 1,
            (now.AllocatedChipSeconds - prev.AllocatedChipSeconds) / (dt * _totalChips),
            itKw,
            constantPue ? itKw * Run.Spec.Center.Pue : (now.FacilityJoules - prev.FacilityJoules) / dt / 1000.0,
            (now.QueueJobSeconds - prev.QueueJobSeconds) / dt,
            (now.SystemJobSeconds - prev.SystemJobSeconds) / dt,
            (now.EffectiveChipSeconds - prev.EffectiveChipSeconds) / (dt * _totalChips),
            _hourPeakW / 1000.0,
            power?.FacilityBudgetKw ?? double.NaN,
            power?.RackCapKw ?? double.NaN,
            now.CapViolations,
        });
        _hourPeakW = 0;
        _lastHour = now;
    }

    private void TryPublish()
    {
        if (_final is not { } final || _open is null || _links.Count < Run.Directory.RackLinks.Length + 1)
        {
            return;
        }
        var start = _windowStart ?? default;
        var end = _windowEnd ?? final;
        // The jobs still open join the lists the result is built from.
        var open = _open.Running.Count + _open.Queued.Count;
        var measured = new MeasuredJobs(_completed, _rejected, _jctSeconds, _revenue, _poolRevenue)
        {
            Abandoned = _abandoned,
            CompletedChipHours = _completedChipHours,
            Billed = _billed.ToList(),
        };
        var result = MetricsCalculator.Build(Run, start, end, measured, _waits.ToList(open), _records.ToList(open), _open, _rows, _peakFacilityW);
        // Network use over the whole run: flow-hours on the rack uplinks and on the spine.
        var network = new[]
        {
            new Metric("uplink_flow_hours", _links.Where(l => l.Rack >= 0).Sum(l => l.FlowSeconds) / SimTime.Hour),
            new Metric("spine_flow_hours", _links.Where(l => l.Rack < 0).Sum(l => l.FlowSeconds) / SimTime.Hour),
        };
        Run.Result = result with { Metrics = result.Metrics.Concat(network).Concat(Run.ServingMetrics).ToList() };
    }
}

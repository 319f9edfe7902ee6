using CenterSim.Model.Experiments;
using CenterSim.Model.Units;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// How large a study may grow once expanded. Every run's results (its hourly series and its job records)
/// stay in memory until the study is written, so the bounds are on what the study would hold, checked
/// before anything runs.
/// </summary>
public static class StudyLimits
{
    /// <summary>Configurations (variants plus the base, or sweep points): each is a full scenario checked and run.</summary>
    public const long MaxArms = 1_000;

    /// <summary>Runs of the whole study: configurations × replications (the precision rule's maximum when it has one).</summary>
    public const long MaxRuns = 100_000;

    /// <summary>Simulated hours over all runs: each hour is one row of about 120 bytes of time series, so 10^7 is about 1.2 GB.</summary>
    public const double MaxRunHours = 1e7;

    /// <summary>Jobs over all runs of a job-count study: each measured job is one record of about 150 bytes, so 2×10^7 is about 3 GB.</summary>
    public const double MaxJobs = 2e7;

    /// <summary>Reports at <paramref name="at"/> when a study would exceed a bound; true when it fits.</summary>
    public static bool Check(StudySpec study, Node at, NodeReader r)
    {
        if (Problem(study) is { } problem)
        {
            r.Error(at, problem);
            return false;
        }
        return true;
    }

    /// <summary>What bound the study would exceed, or null when it fits.</summary>
    public static string? Problem(StudySpec study)
    {
        var spec = study.Reference.Spec;
        var arms = study.Arms.Count;
        var replications = study.Precision?.MaxReplications ?? spec.Replications;
        var runs = (long)arms * replications;
        var size = $"{arms} configuration(s) x {replications} replication(s)";
        if (runs > MaxRuns)
        {
            return $"the study has {size} = {Count.Of(runs)} runs, more than the {Count.Of(MaxRuns)} one study may hold in memory; use fewer replications or fewer configurations";
        }
        if (spec.Stop.DurationSeconds is { } seconds && runs * SimTime.ToHours(seconds) > MaxRunHours)
        {
            return $"the study simulates {size} x {Count.Of(SimTime.ToHours(seconds))} hours = {Count.Of(runs * SimTime.ToHours(seconds))} run-hours, more than {Count.Of(MaxRunHours)}"
                + " (each run keeps an hourly time series in memory until the study is written); shorten 'duration' or use fewer runs";
        }
        if (spec.Stop.Jobs is { } jobs && runs * (double)(jobs + spec.Stop.WarmupJobs) > MaxJobs)
        {
            return $"the study simulates {size} x {Count.Of(jobs + spec.Stop.WarmupJobs)} jobs = {Count.Of(runs * (double)(jobs + spec.Stop.WarmupJobs))} jobs, more than {Count.Of(MaxJobs)}"
                + " (each run keeps its job records in memory until the study is written); lower 'stop_after_jobs' or use fewer runs";
        }
        return null;
    }
}

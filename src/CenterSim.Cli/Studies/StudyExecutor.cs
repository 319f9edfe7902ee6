using CenterSim.Model.Experiments;
using CenterSim.Model.Results;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Statistics;
using CenterSim.Simulation.Runner;

namespace CenterSim.Cli.Studies;

/// <summary>
/// Runs every arm of a study with the same seed and replication numbers (common random numbers),
/// then, with a precision rule, adds one replication to every arm at a time until the rule's metric
/// has a 95% half-width below the requested share of its mean in every arm, or the maximum is reached.
/// Adding one replication per round (never a thread-count-sized batch) keeps the result independent
/// of the number of threads.
/// </summary>
public static class StudyExecutor
{
    /// <summary>Upper bound on the runs the study can take, for the progress bar.</summary>
    public static int MaxRuns(StudySpec study) =>
        study.Arms.Count * (study.Precision?.MaxReplications ?? study.Reference.Spec.Replications);

    public static IReadOnlyList<ArmResult> Run(StudySpec study, int threads, Action<int> report)
    {
        var specs = study.Arms.Select(a => a.Spec).ToArray();
        var done = 0;
        void Tick() => report(Interlocked.Increment(ref done));

        var n = specs[0].Replications;
        var runs = BatchRunner.Run(specs, 0, n, threads, Tick).Select(r => r.ToList()).ToArray();
        if (study.Precision is { } rule)
        {
            if (!runs[0][0].Metrics.Any(m => m.Name == rule.Metric))
            {
                throw new BadInputException(
                    $"{rule.Where}: 'precision.metric': the runs report no metric '{rule.Metric}'; they report: {string.Join(", ", runs[0][0].Metrics.Select(m => m.Name))}");
            }
            while (n < rule.MaxReplications && !Precise(runs, rule))
            {
                var more = BatchRunner.Run(specs, n, 1, threads, Tick);
                for (var a = 0; a < runs.Length; a++)
                {
                    runs[a].AddRange(more[a]);
                }
                n++;
            }
        }
        return study.Arms.Select((arm, a) => new ArmResult(arm with { Spec = arm.Spec with { Replications = n } }, runs[a])).ToList();
    }

    /// <summary>True when every arm's interval of the rule's metric is narrower than the target share of its mean.</summary>
    public static bool Precise(IReadOnlyList<IReadOnlyList<RunResult>> runs, PrecisionSpec rule) =>
        runs.All(armRuns =>
        {
            var estimate = ConfidenceInterval.OfMean(armRuns.Select(r => r[rule.Metric]).ToList());
            return estimate.Interval is { } ci && ci.HalfWidth <= rule.HalfWidthPercent / 100 * Math.Abs(estimate.Mean);
        });
}

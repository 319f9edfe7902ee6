using CenterSim.Model.Infrastructure;
using CenterSim.Model.Results;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// With a failure model, over the measurement window: failures that took a working server down, the job
/// interruptions they caused (in all and by cause), and the effective training time: useful chip-seconds
/// over the chip-seconds jobs were under way (first start to end, waits for chips after a failure
/// included), as Meta counts it for Llama 3: the share of elapsed time spent on useful training.
/// </summary>
public static class FailureMetrics
{
    public static void Add(List<Metric> metrics, FailureSpec? failures, FailureSample? start, FailureSample? end)
    {
        if (failures is null || start is null || end is null || end.Failures.Count != failures.Causes.Count)
        {
            return;
        }
        static long Delta(IReadOnlyList<long> a, IReadOnlyList<long> b, int i) => b[i] - (i < a.Count ? a[i] : 0);
        var causes = failures.Causes;
        metrics.Add(new("server_failures", Enumerable.Range(0, causes.Count).Sum(i => Delta(start.Failures, end.Failures, i))));
        metrics.Add(new("job_interruptions", Enumerable.Range(0, causes.Count).Sum(i => Delta(start.Interruptions, end.Interruptions, i))));
        for (var i = 0; i < causes.Count; i++)
        {
            metrics.Add(new("interruptions." + causes[i].Name, Delta(start.Interruptions, end.Interruptions, i)));
        }
        var underWay = end.StartedChipSeconds - start.StartedChipSeconds;
        metrics.Add(new("effective_training_time", underWay > 0 ? (end.UsefulChipSeconds - start.UsefulChipSeconds) / underWay : double.NaN));
    }
}

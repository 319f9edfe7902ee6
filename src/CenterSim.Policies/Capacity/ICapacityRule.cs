using CenterSim.Model.Results;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Policies.Capacity;

/// <summary>
/// How a pricing policy shapes a pool's capacity: which jobs may start, which running jobs give way, and
/// which chips a tenant has already paid for. The scheduler calls these hooks; a pricing policy that sells
/// plain on-demand chip-hours has none (<see cref="IPricing.CapacityRule"/> returns null).
/// </summary>
public interface ICapacityRule
{
    /// <summary>Whether this rule may preempt running jobs (so preemption metrics are reported).</summary>
    bool Preempts => false;

    /// <summary>Before and after each scheduling policy pass: the rule may start or preempt jobs itself.</summary>
    void AroundPass(ICapacityControl control)
    {
    }

    /// <summary>A rule on the job itself, checked before it is placed: false means it must wait.</summary>
    bool MayStart(IJobView job, ICapacityControl control) => true;

    /// <summary>The job started now; returns how many of its chips run on capacity its tenant already paid for.</summary>
    int Started(IJobView job, bool firstStart) => 0;

    /// <summary>The job left its chips (finished, preempted or killed).</summary>
    void Stopped(IJobView job)
    {
    }

    /// <summary>Integrates the rule's own quantities over <paramref name="seconds"/> that just passed.</summary>
    void Accumulate(double seconds)
    {
    }

    /// <summary>The rule's cumulative counters, in a fixed order (read at every snapshot).</summary>
    IReadOnlyList<double> Counters => Array.Empty<double>();

    /// <summary>The rule's metrics from its counters at the window's start and end.</summary>
    IEnumerable<Metric> Metrics(CounterWindow window) => Array.Empty<Metric>();
}

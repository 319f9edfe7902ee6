using CenterSim.Simulation.Benchmark;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary><c>bench --parallel</c> times the same replications on one thread and on a pool, and every round gives the same results.</summary>
public class ParallelBenchmarkSpec
{
    [Fact]
    public void Every_round_on_either_side_gives_the_results_of_the_replications_run_alone()
    {
        var m = ParallelBenchmark.Run(4, 1, replications: 3, threads: 2, rounds: 3);
        var spec = ScaleModel.Spec(4, "fifo", "first-fit", 1) with { Replications = 3 };
        var events = Enumerable.Range(0, 3).Sum(r => (long)SimulationRunner.Run(spec, r)["events"]);
        Assert.Equal((256, 3, 2, events), (m.Chips, m.Replications, m.Threads, m.Events));
        Assert.True(m.SameResults);
        Assert.True(m.OneThreadSeconds > 0 && m.ThreadsSeconds > 0);
    }

    [Fact]
    public void One_thread_or_no_round_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelBenchmark.Run(4, 1, 2, threads: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelBenchmark.Run(4, 1, 2, threads: 2, rounds: 0));
    }
}

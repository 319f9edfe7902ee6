using CenterSim.Simulation.Benchmark;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Simulation;

public class EngineDeterminismSpec
{
    [Fact]
    public void Actor_engine_and_plain_loop_compute_the_same_waits()
    {
        var actors = EngineBenchmark.Actors(20_000, 3);
        var plain = EngineBenchmark.Plain(20_000, 3);
        Assert.Equal(plain.MeanWaitHours, actors.MeanWaitHours, 12);
        Assert.Equal(plain.P95WaitHours, actors.P95WaitHours, 12);
        Assert.True(actors.MeanWaitHours > 0);
    }

    [Fact]
    public void Same_seed_gives_identical_results_whatever_the_thread_count()
    {
        var spec = Specs.SmallCenter(durationHours: 300, warmupHours: 24, replications: 4);
        var one = StudyRunner.Run(spec, threads: 1);
        var two = StudyRunner.Run(spec, threads: 2);
        for (var r = 0; r < spec.Replications; r++)
        {
            Assert.Equal(one[r].Metrics, two[r].Metrics);
            Assert.Equal(one[r].Jobs, two[r].Jobs);
            Assert.Equal(one[r].Series.Rows.Count, two[r].Series.Rows.Count);
            for (var i = 0; i < one[r].Series.Rows.Count; i++)
            {
                Assert.Equal(one[r].Series.Rows[i], two[r].Series.Rows[i]);
            }
        }
    }

    [Fact]
    public void Different_replications_draw_different_streams()
    {
        var runs = StudyRunner.Run(Specs.SmallCenter(200, 0, replications: 2), threads: 1);
        Assert.NotEqual(runs[0]["jobs_submitted"] + runs[0]["mean_wait_hours"], runs[1]["jobs_submitted"] + runs[1]["mean_wait_hours"]);
    }
}

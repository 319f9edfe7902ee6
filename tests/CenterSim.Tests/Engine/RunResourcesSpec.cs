using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Engine;

[Collection(nameof(SerialCollection))]
public class RunResourcesSpec
{
    /// <summary>
    /// A run leaves nothing behind: after a thousand runs in one process no dispatcher was added since the
    /// hundredth run and the live heap grew by less than 2 MB (2 KB a run). An actor tree left alive after
    /// its run (it was, when the root was stopped through the guardian) costs about 90 KB a run here.
    /// </summary>
    [Fact]
    public void A_thousand_small_runs_leave_memory_and_dispatchers_flat()
    {
        // One rack of one 8-chip server, five jobs.
        var spec = Specs.Mmc(servers: 1, chipsPerServer: 8, arrivalsPerHour: 2, meanHours: 1, jobs: 5, warmupJobs: 0);
        long heapAt100 = 0;
        var dispatchersAt100 = 0;
        for (var i = 1; i <= 1000; i++)
        {
            Assert.Equal(5, SimulationRunner.Run(spec, i)["jobs_submitted"]);
            if (i == 100)
            {
                heapAt100 = LiveHeap();
                dispatchersAt100 = EngineHost.RegisteredDispatchers;
            }
        }
        var growth = LiveHeap() - heapAt100;
        Assert.Equal(dispatchersAt100, EngineHost.RegisteredDispatchers);
        Assert.True(growth < 2_000_000, $"live heap grew by {growth} bytes over 900 runs");
    }

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

using CenterSim.Model.Results;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>A job-count stop in a network: one window for all centers, closed after the network's N-th measured arrival, and the run drains until every one of them is accounted for.</summary>
public class NetworkJobCountTests
{
    private static void ExactlyTheMeasuredJobs(RunResult run, int warmup, int measured)
    {
        // Every measured job is in exactly one center's rows, settled (none left running or queued), numbered by the network.
        Assert.Equal(Enumerable.Range(warmup, measured).Select(i => (long)i), run.Jobs.Select(j => j.Id).Order());
        Assert.DoesNotContain(run.Jobs, j => j.Status == JobStatus.Unfinished);
        Assert.Equal(0, run["jobs_unfinished"]);
        Assert.Equal(0, run["jobs_in_transit"]);
        Assert.Equal(run["jobs_completed"], run.Jobs.Count(j => j.Status == JobStatus.Completed));
        Assert.True(run.Jobs.Select(j => j.Center).Distinct().Count() > 1);
    }

    [Fact]
    public void A_network_without_a_market_completes_exactly_its_measured_jobs()
    {
        var text = ScenarioTexts.ThreeCenters.With("duration: 30d", "stop_after_jobs: 150\nwarmup_jobs: 20");
        var run = SimulationRunner.Run(ScenarioAssert.Load(text), 0);
        ExactlyTheMeasuredJobs(run, 20, 150);
        Assert.Equal(150, run["jobs_completed"] + run["jobs_rejected"]);
        Assert.True(run["jobs_moved"] > 0);
    }

    [Fact]
    public void A_network_market_run_accounts_for_exactly_its_measured_jobs()
    {
        var text = NetworkMarketTexts.TwoHubs.With("duration: 20d", "stop_after_jobs: 300\nwarmup_jobs: 30");
        var run = SimulationRunner.Run(ScenarioAssert.Load(text), 0);
        ExactlyTheMeasuredJobs(run, 30, 300);
        Assert.Equal(300, run["jobs_completed"] + run["jobs_rejected"] + run["jobs_abandoned"]);
        Assert.True(run["jobs_moved"] > 0);
        // The book still balances (the run would fail otherwise) and its revenue is the jobs' bills and fees at least.
        Assert.True(run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"] > 0);
    }
}

using CenterSim.Model.Experiments;
using CenterSim.Model.Results;
using CenterSim.Scenarios.Experiments;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Market;

/// <summary>The shipped mixed fleet: an Ascend 910B pool and an H100 pool in one center, each priced on its own.</summary>
public class MixedFleetTests
{
    private static StudySpec Load()
    {
        var result = StudyLoader.LoadFile(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "mixed-fleet.yaml"), StudyKind.Variants);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return result.Study!;
    }

    private static double Mean(IReadOnlyList<RunResult> runs, string metric) => runs.Average(r => r[metric]);

    [Fact]
    public void Pools_share_out_the_center_s_chip_hours_and_revenue_and_domestic_vouchers_pay_only_on_the_domestic_pool()
    {
        var study = Load();
        var spec = study.Reference.Spec with { Replications = 1 };
        Assert.Equal(new[] { "ascend", "h100" }, spec.Center.Pools.Select(p => p.Name));
        var run = StudyRunner.Run(spec, threads: 1)[0];
        double ascendChips = run["ascend.chips"], h100Chips = run["h100.chips"];
        Assert.Equal(spec.TotalChips, ascendChips + h100Chips);
        // Conservation: the pools' allocated chip-hours add up to the center's.
        Assert.Equal(run["utilization"] * spec.TotalChips, run["ascend.utilization"] * ascendChips + run["h100.utilization"] * h100Chips, 6);
        Assert.Equal(run["revenue_yuan"], run["ascend.revenue_yuan"] + run["h100.revenue_yuan"], 6);
        Assert.True(run["ascend.voucher_paid_yuan"] > 0);
        Assert.Equal(0, run["h100.voucher_paid_yuan"]);
    }

    [Fact]
    public void Each_pool_bills_at_its_own_price_and_a_tenant_that_refuses_to_port_never_runs_on_the_other_ecosystem()
    {
        var study = Load();
        var spec = study.Reference.Spec with { Replications = 1, Output = new Model.Scenario.OutputSpec(true) };
        var run = StudyRunner.Run(spec, threads: 1)[0];
        Assert.NotEmpty(run.Jobs);
        var prices = spec.Center.Pools.Select(p => p.Pricing!.Get("yuan_per_chip_hour", double.NaN)).ToArray();
        // Every measured job's bill is its chip-hours at one pool's price: no other price exists.
        Assert.All(run.Jobs.Where(j => j.Status != JobStatus.Abandoned && j.Status != JobStatus.Rejected), j =>
            Assert.Contains(prices, p => Math.Abs(j.CostYuan - Math.Round(p * j.ChipHours, 2)) < 0.011));
        // Groups that run CUDA only and will not port: the Ascend pool (CANN) is not for them.
        var refusers = spec.Tenants.Where(g => g.Market?.Ecosystems is { } e && !e.Contains("cann") && g.Market.PortingCostShare is null)
            .Select(g => g.Group).ToHashSet();
        Assert.NotEmpty(refusers);
        var cudaPrice = prices[1];
        var refused = run.Jobs.Where(j => refusers.Any(r => j.Tenant.StartsWith(r, StringComparison.Ordinal)) && j.Status == JobStatus.Completed).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, j => Assert.Equal(Math.Round(cudaPrice * j.ChipHours, 2), j.CostYuan, 2));
    }
}

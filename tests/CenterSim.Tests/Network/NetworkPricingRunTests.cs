using CenterSim.Model.Results;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;
using Xunit;
using static CenterSim.Tests.Network.NetworkPricingTexts;

namespace CenterSim.Tests.Network;

/// <summary>Pricing sold through the market (spot, committed, cost-plus) in a network market run: each center's bills by hand, and the book.</summary>
public class NetworkPricingRunTests
{
    private static RunResult Run(string text) => SimulationRunner.Run(ScenarioAssert.Load(text), 0);

    private static JobRecord[] Bought(RunResult run) => run.Jobs.Where(j => j.Status is JobStatus.Completed or JobStatus.Unfinished).ToArray();

    private static double Cents(double yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void Spot_buyers_pay_the_discounted_price_at_their_center_and_are_preempted_there_only()
    {
        var run = Run(TwoHubs);
        var bought = Bought(run);
        Assert.True(bought.Length > 50, $"{bought.Length} jobs bought");
        Assert.All(bought, j => Assert.Equal(j.Tenant.StartsWith("east-spot", StringComparison.Ordinal) ? Cents(6 * 40) : Cents(10 * 40), j.CostYuan, 9));
        Assert.Equal(bought.Sum(j => j.CostYuan), run["revenue_cash_yuan"], 4);
        // The east's on-demand jobs take chips back from its spot jobs; the west sells no spot, so preempts nothing.
        Assert.True(run["east.jobs_preempted"] > 0);
        Assert.Equal(0, run["west.jobs_preempted"]);
        Assert.Equal(run["east.jobs_preempted"], run["jobs_preempted"]);
    }

    [Fact]
    public void Cost_plus_prices_each_center_at_its_own_full_cost()
    {
        var run = Run(TwoHubs.With("pricing: { name: spot, yuan_per_chip_hour: 10, spot_discount: 0.4 }", "pricing: { name: cost-plus, margin: 0.2 }")
            .With("    spot: true\n", ""));
        // Per chip-hour: energy at peak (5.6 kW x PUE x tariff / 8 chips) + capital (2e6 / (5 x 8760 h) / 8) + operations (1e5 / 8760 h / 8).
        var fixedCost = 2e6 / (5 * 8760.0) / 8 + 1e5 / 8760.0 / 8;
        var price = new Dictionary<string, double>
        {
            ["east"] = (5.6 * 1.3 * 0.57 / 8 + fixedCost) * 1.2,
            ["west"] = (5.6 * 1.2 * 0.4 / 8 + fixedCost) * 1.2,
        };
        Assert.Equal(9.184084, price["east"], 6);
        Assert.Equal(8.964844, price["west"], 6);
        var bought = Bought(run);
        Assert.Contains(bought, j => j.Center == "west");
        Assert.All(bought, j => Assert.Equal(Cents(price[j.Center!] * j.ChipHours), j.CostYuan, 9));
        Assert.Equal(bought.Sum(j => j.CostYuan), run["revenue_cash_yuan"], 4);
    }

    [Fact]
    public void A_reservation_is_paid_to_the_center_that_holds_it_and_its_chips_are_kept_there()
    {
        // An eastern tenant reserves 8 chips in the west and never runs a job: two periods (days 0 and 10) of
        // 8 chips x 240 h x 10 yuan x (1 - 0.3) = 13 440 yuan each, paid to the west.
        var run = Run(TwoHubs.With("pricing: { name: spot, yuan_per_chip_hour: 10, spot_discount: 0.4 }", "pricing: { name: committed, yuan_per_chip_hour: 10, committed_discount: 0.3 }")
            .With("    spot: true\n", "")
            .With("policies:\n", """
                  - group: reserver
                    region: east
                    count: 1
                    category: enterprise
                    committed_chips: 8
                    committed_center: west
                    training: { arrivals_per_hour: 0.000000001, chips: [8], chip_hours: { fixed: 40 } }
                policies:

                """));
        Assert.DoesNotContain(run.Jobs, j => j.Tenant.StartsWith("reserver", StringComparison.Ordinal));
        Assert.Equal(2 * 13_440, run["committed_revenue_yuan"]);
        Assert.Equal(0, run["west.committed_utilization"]);
        Assert.True(double.IsNaN(run["east.committed_utilization"]));
        // The west's other 8 chips serve one job at a time; the east keeps all 16.
        var west = run.Jobs.Where(j => j.Center == "west" && !double.IsNaN(j.Start)).OrderBy(j => j.Start).ToList();
        Assert.True(west.Count > 20);
        for (var i = 1; i < west.Count; i++)
        {
            Assert.True(west[i].Start >= west[i - 1].End - 1e-6);
        }
        Assert.True(run["west.utilization"] <= 0.5 + 1e-9);
        Assert.True(run["east.utilization"] > 0.5);
        // The book: commitments plus every job's bill (10 yuan x 40 chip-hours) are the whole cash revenue.
        Assert.All(Bought(run), j => Assert.Equal(400, j.CostYuan));
        Assert.Equal(2 * 13_440 + Bought(run).Sum(j => j.CostYuan), run["revenue_cash_yuan"], 6);
    }
}

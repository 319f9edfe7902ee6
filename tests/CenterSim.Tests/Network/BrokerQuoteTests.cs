using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Events;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Network;

/// <summary>What the broker quoted a tenant for a center against what that center then charges.</summary>
public sealed class BrokerQuoteTests
{
    /// <summary>
    /// Three centers, each with its own pricing: sh-1 fixed 14, gy-1 time-of-use 10 (peak) / 6, bj-1 the
    /// scenario's fixed 12; input data large enough that some transfers to gy-1 outlast a change of its
    /// price. A job bought where it was routed, at once (in its home region), or at a fixed price, is
    /// charged exactly the broker's quote, to the cent: the broker prices a center with that center's
    /// own pricing. A job that travels is charged the center's price when it arrives, which for a
    /// time-of-use center may differ from the quote made before the transfer.
    /// </summary>
    [Fact]
    public void A_routed_job_is_charged_the_brokers_quote_or_the_time_of_use_price_when_it_arrives()
    {
        var text = ScenarioTexts.ThreeCenters.With("duration: 30d", "duration: 5d").With("mean: 500, sd: 800", "mean: 20000, sd: 20000");
        var load = CenterSim.Scenarios.ScenarioLoader.Parse(text, ScenarioTexts.FileName);
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var (_, events) = RecordedRun.Run(load.Spec! with { Replications = 1 }, 0);
        var routed = events.Where(e => e.Kind == "routed").ToDictionary(e => e.Job!.Value);
        var bought = events.Where(e => e.Kind == "bought").ToList();
        Assert.True(bought.Count > 100, $"{bought.Count} jobs bought");
        Assert.Equal(new[] { 6.0, 10.0, 12.0, 14.0 }, routed.Values.Select(e => Math.Round(e.Price!.Value, 9)).Distinct().Order());
        var timeOfUse = PolicyCatalog.Pricing.Create(new PolicyChoice("time-of-use", new Dictionary<string, double> { ["peak_yuan_per_chip_hour"] = 10, ["offpeak_yuan_per_chip_hour"] = 6 }));
        var quotedAsCharged = 0;
        var repriced = 0;
        foreach (var b in bought)
        {
            var r = routed[b.Job!.Value];
            var charged = b.CashYuan!.Value + b.VoucherYuan!.Value;
            Assert.Equal(r.Center, b.Center);
            if (b.T == r.T || r.To != "gy-1")
            {
                Assert.Equal(Math.Round(r.Price!.Value * r.ChipHours!.Value, 2), charged, 6);
                quotedAsCharged++;
            }
            else
            {
                var atArrival = timeOfUse.YuanPerChipHour(new PricingContext(b.T, b.Chips!.Value, b.ChipHours!.Value));
                Assert.Equal(Math.Round(atArrival * r.ChipHours!.Value, 2), charged, 6);
                repriced += atArrival == r.Price ? 0 : 1;
            }
        }
        Assert.True(quotedAsCharged > 100, $"{quotedAsCharged} jobs charged the quote");
        Assert.True(repriced > 0, "no transfer outlasted a change of gy-1's price");
        Assert.Contains(routed.Values, e => e.Reason == "moved" && e.To != "gy-1");
    }
}

using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Brokers;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>Each broker against a hand-made choice of three centers.</summary>
public class BrokerPolicyTests
{
    // Home: bill 1,000, no transfer, 5 h wait, 600 kg.
    // Far: bill 800 + 150 transfer fee, 0.5 h transfer, no wait, 100 kg.
    // Near: bill 900 + 20 transfer fee, 0.1 h transfer, 1 h wait, 400 kg.
    private static readonly CenterOption[] Options =
    {
        new(0, true, 1000, 0, 0, 5 * 3600, 600),
        new(1, false, 800, 150, 0.5 * 3600, 0, 100),
        new(2, false, 900, 20, 0.1 * 3600, 3600, 400),
    };

    private static readonly BrokerRequest Job = new(8, 100, 3000);

    private static int Choose(string broker, params (string Key, double Value)[] parameters) =>
        PolicyCatalog.Broker.Create(new PolicyChoice(broker, parameters.ToDictionary(p => p.Key, p => p.Value))).Choose(Job, Options);

    [Fact]
    public void Each_broker_picks_what_its_rule_says()
    {
        Assert.Equal(0, Choose("local-only"));
        Assert.Equal(2, Choose("cheapest"));      // 900 + 20 = 920 < 800 + 150 = 950 < 1,000
        Assert.Equal(1, Choose("greenest"));      // 100 kg
        Assert.Equal(1, Choose("shortest-wait")); // 0.5 h < 1.1 h < 5 h
    }

    [Fact]
    public void Weighted_adds_carbon_price_and_value_of_delay()
    {
        // Carbon 0.1 yuan/kg, delay 2 yuan per chip-hour, 8 chips:
        // home 1000 + 60 + 2·8·5 = 1140; far 950 + 10 + 2·8·0.5 = 968; near 920 + 40 + 2·8·1.1 = 977.6.
        var weighted = new WeightedBroker(0.1, 2);
        Assert.Equal(1140, weighted.Score(Job, Options[0]), 9);
        Assert.Equal(968, weighted.Score(Job, Options[1]), 9);
        Assert.Equal(977.6, weighted.Score(Job, Options[2]), 9);
        Assert.Equal(1, Choose("weighted"));
        // Without a carbon price and with delay cheap, the near center's lower bill wins.
        Assert.Equal(2, Choose("weighted", ("yuan_per_kg_co2", 0), ("yuan_per_chip_hour_waited", 0)));
    }

    [Fact]
    public void Ties_go_to_the_sooner_start_then_the_earliest_center_and_local_only_leaves_home_only_when_it_has_no_center()
    {
        var same = new[] { new CenterOption(0, false, 10, 0, 0, 0, 1), new CenterOption(1, false, 10, 0, 0, 0, 1) };
        Assert.Equal(0, new CheapestBroker().Choose(Job, same));
        Assert.Equal(0, new GreenestBroker().Choose(Job, same));
        var queued = new[] { new CenterOption(0, false, 10, 0, 0, 7200, 1), new CenterOption(1, false, 10, 0, 60, 0, 1) };
        Assert.Equal(1, new CheapestBroker().Choose(Job, queued));
        Assert.Equal(1, new GreenestBroker().Choose(Job, queued));
        var away = new[] { new CenterOption(0, false, 10, 0, 600, 0, 1), new CenterOption(1, false, 10, 0, 60, 0, 1) };
        Assert.Equal(1, new LocalOnlyBroker().Choose(Job, away));
    }

    [Fact]
    public void Wait_estimate_is_zero_when_the_job_fits_and_else_the_work_ahead_over_all_chips()
    {
        Assert.Equal(0, WaitEstimate.Seconds(8, 8, 0, 0, 1e6, 64));
        // 2 jobs queued with 64,000 chip-seconds, running jobs have 32,000 left, 64 chips: 1,500 s.
        Assert.Equal(1500, WaitEstimate.Seconds(8, 16, 2, 64_000, 32_000, 64), 9);
        Assert.Equal(500, WaitEstimate.Seconds(16, 8, 0, 0, 32_000, 64), 9);
    }
}

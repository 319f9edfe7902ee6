using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>
/// Scenarios whose values are each fine but whose run would be endless, meaningless or too large are
/// refused. <see cref="ScenarioTexts.Full"/>: 2 racks x 4 servers of a8 (1,400 W idle, 5,600 W peak, 8 chips), PUE 1.3.
/// </summary>
public sealed class FeasibilityTests
{
    private static string WithPower(string power) => Full + $"\ninfrastructure:\n  power: {{ {power} }}\n";

    [Fact]
    public void The_facility_budget_must_exceed_idle_facility_power_not_only_idle_it_power()
    {
        // 8 servers x 1.4 kW = 11.2 kW of IT power, x PUE 1.3 = 14.56 kW at the facility.
        var text = WithPower("facility_budget_kw: 14");
        Single(text, PositionOf(text, "14 }"),
            "'facility_budget_kw' (14) must exceed the idle facility power: 11.2 kW of idle IT power x PUE 1.3 = 14.56 kW, or no job could ever run");
        Load(WithPower("facility_budget_kw: 14.6"));
    }

    [Fact]
    public void A_load_dependent_pue_is_taken_at_the_idle_load()
    {
        // Idle load 1.4 / 5.6 = 0.25, so PUE 1.6 + (1.2 - 1.6) x 0.25 = 1.5: 11.2 x 1.5 = 16.8 kW.
        var text = WithPower("facility_budget_kw: 16, pue_at_idle: 1.6, pue_at_full: 1.2");
        Single(text, PositionOf(text, "16,"), "11.2 kW of idle IT power x PUE 1.5 = 16.8 kW");
        Load(WithPower("facility_budget_kw: 16.9, pue_at_idle: 1.6, pue_at_full: 1.2"));
    }

    [Fact]
    public void With_delay_capping_the_smallest_job_must_fit_on_an_idle_center()
    {
        // The smallest job is 1 chip: one server at 1/8 load draws 1.4 + 4.2 / 8 = 1.925 kW, so
        // 11.2 - 1.4 + 1.925 = 11.725 kW of IT power, x 1.3 = 15.2425 kW.
        var text = WithPower("facility_budget_kw: 15.2, capping: delay");
        Single(text, PositionOf(text, "15.2,"), "with 'capping: delay' no job could ever start", "the smallest job (1 chips)");
        Load(WithPower("facility_budget_kw: 15.25, capping: delay"));
        Load(WithPower("facility_budget_kw: 15.2, capping: throttle"));

        // A rack: 3 idle servers (4.2 kW) and the job's server (1.925 kW) = 6.125 kW.
        var rack = WithPower("rack_cap_kw: 6.1, capping: delay");
        Single(rack, PositionOf(rack, "6.1,"), "'rack_cap_kw' (6.1): with 'capping: delay' no job could ever start", "needs 6.125 kW in its rack");
        Load(WithPower("rack_cap_kw: 6.13, capping: delay"));
    }

    [Fact]
    public void A_lognormal_whose_spread_overflows_is_refused()
    {
        var text = Full.With("sd: 400", "sd: 1e155");
        Single(text, PositionOf(text, "1e155"), "'sd': at most 1000 times the mean (200), found 1E+155");
        Load(Full.With("sd: 400", "sd: 200000"));
        var big = Full.With("{ empirical: [3, 5, 10] }", "{ empirical: [3, 5, 1e12] }");
        Single(big, PositionOf(big, "1e12"), "'empirical': at most 1000000000, found 1000000000000");
    }

    [Fact]
    public void Huge_weights_are_normalised_without_overflow()
    {
        var spec = Load(Full.With("weights: [1, 2, 1]", "weights: [1e308, 1e308, 1e308]"));
        Assert.Equal([1.0 / 3, 1.0 / 3, 1.0 / 3], spec.Tenants[0].Training.ChipWeights);
    }

    [Fact]
    public void Counts_are_multiplied_in_64_bits_and_bounded()
    {
        // 65,537 x 65,536 wrapped to 65,536 chips in 32 bits.
        var wrap = Full.With("racks: { count: 2, servers_per_rack: 4,", "racks: { count: 65537, servers_per_rack: 65536,");
        Single(wrap, PositionOf(wrap, "{ count: 65537"), "65537 racks x 65536 servers = 4,295,032,832 servers, more than the 1,000,000 a center may have");
        var chips = Full.With("racks: { count: 2, servers_per_rack: 4,", "racks: { count: 1000, servers_per_rack: 1000,")
            .With("a8: { chip: ascend-910b, chips: 8", "a8: { chip: ascend-910b, chips: 32");
        Single(chips, PositionOf(chips, "{ count: 1000"), "1,000,000 servers with 32,000,000 chips, more than the 16,000,000 chips a center may have");
        var tenants = Full.With("count: 3", "count: 2000000000");
        Assert.Contains(Errors(tenants), e => e.Message.StartsWith("'tenants': 2,000,000,001 tenants in all, more than the 1,000,000"));
    }

    [Fact]
    public void Money_beyond_what_the_ledger_counts_in_cents_is_refused()
    {
        var budget = Full.With("budget_yuan: 1000", "budget_yuan: 1e300");
        Single(budget, PositionOf(budget, "1e300"), "'budget_yuan': at most 1000000000000 yuan, found 1e300");
        var price = Full.With("yuan_per_chip_hour: 12.5", "yuan_per_chip_hour: 1e300");
        Single(price, PositionOf(price, "1e300"), "'yuan_per_chip_hour': at most 1000000 yuan, found 1e300");
        // 64 chips x 336 h x 10^6 yuan = 2.15E+010 yuan fits; 3 x 10^11 yuan of budgets too, but not 100 x 10^12.
        Load(Full.With("yuan_per_chip_hour: 12.5", "yuan_per_chip_hour: 1000000").With("budget_yuan: 1000", "budget_yuan: 100000000000"));
        var many = Full.With("count: 3", "count: 100").With("budget_yuan: 1000", "budget_yuan: 1000000000000");
        Single(many, PositionOf(many, "- group: labs"), "budgets of 1.00E+014 yuan in all");
    }

    [Fact]
    public void Runs_that_could_not_end_in_reasonable_time_are_refused_with_the_reason()
    {
        var duration = Full.With("duration: 2w", "duration: 1e12w");
        Assert.Contains(Errors(duration), e => e.Message.StartsWith("'duration': at most 20 years (175,320 h), found 168,000,000,000,000 h"));
        var jobs = Minimal.With("stop_after_jobs: 100", "stop_after_jobs: 100000000");
        Single(jobs, PositionOf(jobs, "100000000"), "= 100,000,000 jobs, more than the 10,000,000 one run may keep records of");

        // Found by fuzzing: 1e-320 arrivals an hour never bring the 100 jobs of a job-count run (Minimal: 1 tenant).
        var slow = Minimal.With("arrivals_per_hour: 1", "arrivals_per_hour: 0.0001");
        Single(slow, PositionOf(slow, "100"), "'stop_after_jobs': at 0.0001 job arrivals per hour, 100 jobs take 1,000,000 h to arrive on average, more than the 20 years (175,320 h)");
        Load(Minimal.With("arrivals_per_hour: 1", "arrivals_per_hour: 0.001"));

        // 64 chips failing every second each: 230,400 failures an hour.
        var failing = Full + "\ninfrastructure:\n  failures: { chip_mtbf: 1s, chip_repair: 1h, server_repair: 1h, checkpoint_interval: 1h, checkpoint_write: 5m, restart: 10m }\n";
        Single(failing, PositionOf(failing, "1s,"), "failures: 230,400 expected per simulated hour over 64 chips and 8 servers, more than 1,000");

        // The 64-chip job fails 64 / 100 h = 0.64 times an hour: 15.4 times per 24 h checkpoint interval, almost never surviving one.
        var checkpoint = Full + "\ninfrastructure:\n  failures: { chip_mtbf: 100h, chip_repair: 1h, server_repair: 1h, checkpoint_interval: 24h, checkpoint_write: 5m, restart: 10m }\n";
        Single(checkpoint, PositionOf(checkpoint, "100h"), "a job of 64 chips would fail every 93.75 minutes on average, 15.4 times per 'checkpoint_interval'");
        Load(checkpoint.With("checkpoint_interval: 24h", "checkpoint_interval: 1h"));
    }

    [Theory]
    [InlineData("peak_w: 5600", "peak_w: 1e308", "1e308", "'peak_w': must be between 0 and 1000000, found 1E+308")]
    [InlineData("pue: 1.3", "pue: 1e155", "1e155", "'pue': must be between 1 and 10, found 1E+155")]
    public void Physical_figures_far_beyond_any_equipment_are_refused_at_their_key(string from, string to, string at, string message)
    {
        var text = Full.With(from, to);
        Single(text, PositionOf(text, at), message);
    }

    [Fact]
    public void An_electricity_bill_the_books_cannot_count_in_cents_is_refused()
    {
        // 20 racks x 4 servers of 1 MW (the most a server may draw) x PUE 1.3 = 104,000 kW for 365 days (8,760 h)
        // at 1e6 yuan/kWh (the dearest tariff allowed): 9.11e14 yuan, beyond the 9e13 the books count exactly;
        // at 1e4 yuan/kWh, 9.11e12 is within.
        var big = Full.With("count: 2,", "count: 20,").With("peak_w: 5600", "peak_w: 1000000").With("duration: 2w", "duration: 365d");
        var dear = big.With("flat_yuan_per_kwh: 0.5", "flat_yuan_per_kwh: 1e6");
        Assert.Contains(ScenarioLoader.Parse(dear, "t.yaml").Errors, e => e.Message.Contains("their electricity at full power could cost 9.11E+014 yuan", StringComparison.Ordinal));
        Assert.True(ScenarioLoader.Parse(big.With("flat_yuan_per_kwh: 0.5", "flat_yuan_per_kwh: 1e4"), "t.yaml").Ok);
    }
}

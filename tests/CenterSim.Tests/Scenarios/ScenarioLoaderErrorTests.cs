using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

public sealed class ScenarioLoaderErrorTests
{
    [Fact]
    public void Diagnostic_prints_as_file_line_column_message()
    {
        Assert.Equal("a/b.yaml:3:7: oops", new Diagnostic("a/b.yaml", 3, 7, "oops").ToString());
    }

    [Fact]
    public void Misspelt_top_level_key_points_at_the_key_and_suggests_the_right_one()
    {
        var d = Single(Full.With("replications:", "replicatons:"), (3, 1), "unknown key 'replicatons'", "did you mean 'replications'?");
        Assert.Equal("test.yaml:3:1: unknown key 'replicatons'; did you mean 'replications'?", d.ToString());
    }

    [Fact]
    public void Unknown_key_with_no_close_match_lists_the_valid_keys()
    {
        var text = Full.With("  - name: c1\n", "  - name: c1\n    colour: blue\n");
        Single(text, PositionOf(text, "colour"), "unknown key 'colour' in centers[0]", "valid: name, region, pue, tariff, racks");
    }

    [Fact]
    public void Unknown_nested_key_is_reported_at_its_own_position()
    {
        var text = Full.With("arrivals_per_hour: 2", "arrival_per_hour: 2");
        var errors = Errors(text);
        Assert.Contains(errors, e => (e.Line, e.Column) == PositionOf(text, "arrival_per_hour") && e.Message.Contains("did you mean 'arrivals_per_hour'?"));
        Assert.Contains(errors, e => e.Message.Contains("missing required key 'arrivals_per_hour' in tenants[1].training"));
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_mapping_that_lacks_it()
    {
        Single(Full.With("seed: 18446744073709551615\n", ""), (1, 1), "missing required key 'seed'");

        var noPue = Full.With("    pue: 1.3\n", "");
        Single(noPue, PositionOf(noPue, "name: c1"), "missing required key 'pue' in centers[0]");
    }

    [Fact]
    public void Missing_required_sections_are_each_reported()
    {
        var errors = Errors("name: x\nseed: 1\nduration: 1d\n");
        Assert.Equal(
            new[] { "missing required key 'hardware'", "missing required key 'centers'", "missing required key 'tenants'" },
            errors.Select(e => e.Message.Split(" in ")[0]).ToArray());
        Assert.All(errors, e => Assert.Equal((1, 1), (e.Line, e.Column)));
    }

    [Fact]
    public void Wrong_type_says_what_was_expected_and_what_was_found()
    {
        var text = Full.With("count: 3", "count: abc");
        Single(text, PositionOf(text, "abc"), "'count': expected an integer, found 'abc'");

        var pue = Full.With("pue: 1.3", "pue: high");
        Single(pue, PositionOf(pue, "high"), "'pue': expected a number, found 'high'");

        var csv = Full.With("jobs_csv: false", "jobs_csv: maybe");
        Single(csv, PositionOf(csv, "maybe"), "'jobs_csv': expected true/all, false/none or sample:N (N jobs per replication, 1 to 10000000), found 'maybe'");

        var racks = Full.With("racks: { count: 2, servers_per_rack: 4, server: a8 }", "racks: 8");
        Single(racks, PositionOf(racks, "8", after: "racks:"), "'racks': expected a mapping", "found '8'");
    }

    [Fact]
    public void Negative_seed_is_rejected()
    {
        var text = Full.With("seed: 18446744073709551615", "seed: -1");
        Single(text, (2, 7), "'seed': must be >= 0, found -1");
    }

    [Fact]
    public void Zero_and_negative_capacities_are_rejected()
    {
        var count = Full.With("racks: { count: 2", "racks: { count: 0");
        Single(count, PositionOf(count, "0", after: "racks: { count:"), "'count': must be >= 1, found 0");

        var tenants = Full.With("count: 3", "count: 0");
        Single(tenants, PositionOf(tenants, "count: 0") with { Column = PositionOf(tenants, "count: 0").Column + 7 }, "'count': must be >= 1, found 0");

        var chips = Full.With("chips: 8, idle_w: 1400", "chips: -8, idle_w: 1400");
        Single(chips, PositionOf(chips, "-8"), "'chips': must be >= 1, found -8");

        var uplink = Full.With("server: a8 }", "server: a8, uplink_gbps: 0 }");
        Single(uplink, PositionOf(uplink, "0 }", after: "uplink_gbps"), "'uplink_gbps': must be > 0 and <= 1000000, found 0");

        var rate = Full.With("arrivals_per_hour: 2", "arrivals_per_hour: 0");
        Single(rate, PositionOf(rate, "0\n", after: "group: solo"), "'arrivals_per_hour': must be > 0, found 0");

        var pue = Full.With("pue: 1.3", "pue: 0.9");
        Single(pue, PositionOf(pue, "0.9"), "'pue': must be between 1 and 10, found 0.9");
    }

    [Fact]
    public void Server_type_without_a_spec_is_reported_once()
    {
        var text = Full.With("s8: { chip: h100, chips: 8, idle_w: 1000, peak_w: 6000, price_yuan: 1500000 }", "s8:");
        Single(text, PositionOf(text, "s8:"), "server type 's8' needs chip, chips, idle_w and peak_w");
    }

    [Fact]
    public void Peak_power_below_idle_is_rejected()
    {
        var text = Full.With("peak_w: 6000", "peak_w: 900");
        Single(text, PositionOf(text, "900"), "'peak_w' must be >= idle_w (1000), found 900");
    }

    [Fact]
    public void Malformed_yaml_becomes_one_diagnostic_at_the_parser_position()
    {
        var d = Assert.Single(Errors("name: x\nseed: 1: 2\nreplications: 3\n"));
        Assert.Equal("test.yaml:2:8: invalid YAML: While scanning a plain scalar value, found invalid mapping.", d.ToString());
    }

    [Fact]
    public void Unclosed_bracket_becomes_one_diagnostic_after_the_last_good_node()
    {
        var d = Assert.Single(Errors("name: x\nseed: [1, 2\nreplications: 3\n"));
        Assert.Equal("test.yaml:2:9: invalid YAML after this point; look for an unclosed bracket or quote", d.ToString());
    }

    [Fact]
    public void Missing_file_is_reported_at_line_one()
    {
        var path = Path.Combine(Path.GetTempPath(), "centersim-no-such-scenario.yaml");
        var result = ScenarioLoader.LoadFile(path);
        Assert.False(result.Ok);
        Assert.Equal($"{path}:1:1: file not found", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Empty_file_and_non_mapping_root_are_reported()
    {
        Assert.Equal("test.yaml:1:1: the file is empty", Assert.Single(Errors("")).ToString());
        Assert.Contains("a scenario is a mapping", Assert.Single(Errors("- just\n- a list\n")).Message);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_one_and_loading_goes_on()
    {
        var text = Full.With("replications: 4\n", "replications: 4\nseed: 3\n").With("pue: 1.3", "pue: 0");
        var errors = Errors(text);
        Assert.Equal(2, errors.Count);
        Assert.Equal("test.yaml:4:1: duplicate key 'seed' (first given at line 2)", errors[0].ToString());
        Assert.Contains("'pue': must be between 1 and 10", errors[1].Message);
    }

    [Fact]
    public void Duplicate_tenant_group_is_rejected()
    {
        var text = Full.With("group: solo", "group: labs");
        Single(text, PositionOf(text, "labs", after: "category: key_project"), "duplicate tenant group 'labs' (first defined at line 18)");
    }

    [Fact]
    public void Unknown_scheduling_policy_lists_the_valid_ones()
    {
        var text = Full.With("scheduling: FIFO", "scheduling: fofo");
        Single(text, PositionOf(text, "fofo"), "unknown scheduling policy 'fofo'", "did you mean 'fifo'?", "valid: fifo");

        var far = Full.With("scheduling: FIFO", "scheduling: round-robin-deluxe");
        Single(far, PositionOf(far, "round-robin-deluxe"), "unknown scheduling policy 'round-robin-deluxe'; valid: fifo");
    }

    [Fact]
    public void Policy_parameters_are_checked_against_the_catalog()
    {
        var typo = Full.With("yuan_per_chip_hour: 12.5", "yuan_per_chip_hr: 12.5");
        var errors = Errors(typo);
        Assert.Equal(2, errors.Count);
        Assert.Equal(PositionOf(typo, "{ name: Fixed"), (errors[0].Line, errors[0].Column));
        Assert.Contains("pricing policy 'fixed' needs 'yuan_per_chip_hour'", errors[0].Message);
        Assert.Equal(PositionOf(typo, "yuan_per_chip_hr"), (errors[1].Line, errors[1].Column));
        Assert.Contains("unknown parameter 'yuan_per_chip_hr' of pricing policy 'fixed'; did you mean 'yuan_per_chip_hour'?", errors[1].Message);

        var bare = Full.With("pricing: { name: Fixed, yuan_per_chip_hour: 12.5 }", "pricing: fixed");
        Single(bare, PositionOf(bare, "fixed"), "pricing policy 'fixed' needs 'yuan_per_chip_hour'");

        var negative = Full.With("yuan_per_chip_hour: 12.5", "yuan_per_chip_hour: -1");
        Single(negative, PositionOf(negative, "-1"), "'yuan_per_chip_hour': must be >= 0, found -1");

        var word = Full.With("yuan_per_chip_hour: 12.5", "yuan_per_chip_hour: cheap");
        Single(word, PositionOf(word, "cheap"), "'yuan_per_chip_hour': expected a number, found 'cheap'");

        var noParams = Full.With("scheduling: FIFO", "scheduling: { name: fifo, depth: 3 }");
        Single(noParams, PositionOf(noParams, "depth"), "unknown parameter 'depth' of scheduling policy 'fifo'; scheduling policy 'fifo' takes no parameters");
    }

    [Fact]
    public void Unknown_enum_names_list_the_valid_ones()
    {
        var category = Full.With("category: sme", "category: smb");
        Single(category, PositionOf(category, "smb"), "unknown tenant category 'smb'", "did you mean 'sme'?",
            "valid: startup, sme, enterprise, university, research, key_project");

        var server = Full.With("server: a8", "server: a9");
        Single(server, PositionOf(server, "a9"), "no server type 'a9' in hardware.servers; did you mean 'a8'?");

        var dist = Full.With("{ empirical: [3, 5, 10] }", "{ weibull: [3, 5, 10] }");
        Single(dist, PositionOf(dist, "weibull"), "unknown distribution 'weibull'", "valid: fixed, exponential, lognormal, empirical");
    }

    [Fact]
    public void Job_larger_than_the_center_is_rejected()
    {
        var text = Full.With("values: [1, 8, 64]", "values: [1, 8, 128]");
        Single(text, PositionOf(text, "128"), "a job on 128 chips could never run: the center has 64 chips");
    }

    [Fact]
    public void Chip_weights_must_match_the_sizes_and_be_positive()
    {
        var length = Full.With("weights: [1, 2, 1]", "weights: [1, 2]");
        Single(length, PositionOf(length, "[1, 2]"), "'weights' has 2 entries but 'values' has 3");

        var zero = Full.With("weights: [1, 2, 1]", "weights: [1, 0, 1]");
        Single(zero, PositionOf(zero, "0", after: "weights: [1, "), "'weights': must be > 0, found 0");
    }

    [Fact]
    public void Distribution_values_must_be_positive()
    {
        var text = Full.With("sd: 400", "sd: 0");
        Single(text, PositionOf(text, "0 }", after: "sd:"), "'sd': must be > 0, found 0");
    }

    [Fact]
    public void Duration_needs_a_unit()
    {
        var text = Full.With("duration: 2w", "duration: 90");
        Single(text, (4, 11), "duration '90' needs a unit (s, m, h, d or w)");

        var junk = Full.With("duration: 2w", "duration: soon");
        Single(junk, (4, 11), "expected a duration such as '14d'", "found 'soon'");
    }

    [Fact]
    public void Exactly_one_stop_rule_is_required()
    {
        var both = Full.With("warmup: 12h\n", "stop_after_jobs: 10\n");
        Single(both, (5, 1), "give either 'duration' or 'stop_after_jobs', not both");

        var neither = Full.With("duration: 2w\n", "").With("warmup: 12h\n", "");
        Single(neither, (1, 1), "missing 'duration' or 'stop_after_jobs'");

        var mixed = Minimal.With("stop_after_jobs: 100", "stop_after_jobs: 100\nwarmup: 1d");
        Single(mixed, (4, 1), "'warmup' goes with 'duration'");

        var zeroJobs = Minimal.With("stop_after_jobs: 100", "stop_after_jobs: 0");
        Single(zeroJobs, (3, 18), "'stop_after_jobs': must be >= 1, found 0");
    }

    [Fact]
    public void Warmup_must_be_shorter_than_the_duration()
    {
        var text = Full.With("warmup: 12h", "warmup: 3w");
        Single(text, (5, 9), "'warmup' (3w) must be shorter than 'duration' (2w)");
    }

    [Fact]
    public void Centers_may_not_be_empty()
    {
        var none = Full.With("centers:\n  - name: c1\n    region: shanghai\n    pue: 1.3\n    tariff: { flat_yuan_per_kwh: 0.5 }\n    racks: { count: 2, servers_per_rack: 4, server: a8 }\n", "centers: []\n");
        Single(none, PositionOf(none, "[]"), "'centers' needs at least one center");
    }

    [Fact]
    public void Invalid_scenario_name_is_rejected()
    {
        var text = Full.With("name: full-test", "name: Full Test");
        Single(text, (1, 7), "'name': 'Full Test' is used as a folder name and may only contain a-z, 0-9, '-', '_' and '.'");
    }

    [Fact]
    public void Four_mistakes_give_four_diagnostics_sorted_by_position()
    {
        var text = Full
            .With("replications: 4", "replicatons: 4")
            .With("pue: 1.3", "pue: 0.5")
            .With("category: key_project", "category: charity")
            .With("scheduling: FIFO", "scheduling: fofo");
        var errors = Errors(text);

        Assert.Equal(4, errors.Count);
        Assert.Equal(
            new[] { PositionOf(text, "replicatons"), PositionOf(text, "0.5"), PositionOf(text, "charity"), PositionOf(text, "fofo") },
            errors.Select(e => (e.Line, e.Column)).ToArray());
        Assert.Contains("did you mean 'replications'?", errors[0].Message);
        Assert.Contains("'pue': must be between 1 and 10", errors[1].Message);
        Assert.Contains("unknown tenant category 'charity'", errors[2].Message);
        Assert.Contains("unknown scheduling policy 'fofo'", errors[3].Message);
    }
}

using CenterSim.Model.Experiments;
using CenterSim.Scenarios;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Tree;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>A small file cannot exhaust the stack or the memory: nesting, aliases, file size and study size are bounded.</summary>
public sealed class InputLimitTests
{
    [Fact]
    public void Nesting_deeper_than_the_limit_is_one_diagnostic_not_a_stack_overflow()
    {
        // 12,000 levels overflowed the stack. The root mapping is level 1, so the 64th '[' (column 3 + 64) would be level 65.
        var text = "x: " + new string('[', 12000) + new string(']', 12000) + "\n";
        Single(text, (1, 67), "nest more than 64 levels deep");

        var atLimit = new List<Diagnostic>();
        Assert.NotNull(YamlTreeReader.Read("x: " + new string('[', 63) + new string(']', 63), FileName, atLimit));
        Assert.Empty(atLimit);
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_reported_in_variants_and_sweeps()
    {
        var variant = Full + "\nvariants:\n  - name: a\n    set: { centers.0.pue: &x [*x] }\n";
        var errors = StudyLoader.Parse(variant, FileName, StudyKind.Variants).Errors;
        Assert.Contains(errors, e => (e.Line, e.Column) == PositionOf(variant, "*x") && e.Message == "alias '*x' is inside the node it names, which would make the value endless");

        var sweep = Full + "\nsweep:\n  centers.0.pue: &x [1.1, *x]\n";
        Assert.Contains(StudyLoader.Parse(sweep, FileName, StudyKind.Sweep).Errors, e => (e.Line, e.Column) == PositionOf(sweep, "*x"));
    }

    [Fact]
    public void An_alias_bomb_is_refused_by_its_expanded_size()
    {
        // Nine levels of ten aliases each expand to 10^9 scalars from a 1 KB value.
        var lines = new List<string> { "      l0: &a0 [l, l, l, l, l, l, l, l, l, l]" };
        for (var k = 1; k < 9; k++)
        {
            lines.Add($"      l{k}: &a{k} [{string.Join(", ", Enumerable.Repeat($"*a{k - 1}", 10))}]");
        }
        var text = Full + "\nvariants:\n  - name: a\n    set:\n" + string.Join("\n", lines) + "\n";
        var errors = StudyLoader.Parse(text, FileName, StudyKind.Variants).Errors;
        // l0 is 11 nodes and each level 1 + 10 times the one before: l5 is 1,111,111, the first past 1,000,000.
        var d = Assert.Single(errors);
        Assert.Equal(PositionOf(text, "&a5"), (d.Line, d.Column));
        Assert.Equal("this value expands to more than 1,000,000 nodes once its aliases are replaced by what they name", d.Message);
    }

    [Fact]
    public void A_file_above_four_megabytes_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"centersim-big-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, Full + "\n# " + new string('x', 4 * 1024 * 1024) + "\n");
            var d = Assert.Single(ScenarioLoader.LoadFile(path).Errors);
            Assert.Equal((1, 1), (d.Line, d.Column));
            Assert.StartsWith("the file has 4,195,", d.Message);
            Assert.Contains("more than the 4,194,304 a scenario may have", d.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_line_break_in_a_key_stays_on_the_diagnostic_line()
    {
        Assert.Equal("f.yaml:3:1: unknown key 'a\\nb'", new Diagnostic("f.yaml", 3, 1, "unknown key 'a\nb'").ToString());
        var d = Errors(Full + "\n\"bad\\nkey\": 1\n").Single(e => e.Message.Contains("bad"));
        Assert.DoesNotContain('\n', d.ToString());
    }

    [Fact]
    public void A_sweep_of_a_million_points_is_refused_before_its_points_are_built()
    {
        string Values(int n) => "[" + string.Join(", ", Enumerable.Range(1, n)) + "]";
        var text = Full + $"\nsweep:\n  seed: {Values(100)}\n  replications: {Values(100)}\n  tenants.0.count: {Values(100)}\n";
        var d = Assert.Single(StudyLoader.Parse(text, FileName, StudyKind.Sweep).Errors);
        Assert.Equal(PositionOf(text, "seed: [1"), (d.Line, d.Column));
        Assert.Equal("the sweep has 1,000,000 points (100 x 100 x 100), more than the 1,000 configurations a study may have", d.Message);
    }

    [Fact]
    public void A_study_is_bounded_by_its_runs_and_their_simulated_hours()
    {
        var runs = Full.With("replications: 4", "replications: 1000000");
        var d = Assert.Single(StudyLoader.Parse(runs, FileName, StudyKind.Variants).Errors);
        Assert.Equal(PositionOf(runs, "1000000"), (d.Line, d.Column));
        Assert.Equal("the study has 1 configuration(s) x 1000000 replication(s) = 1,000,000 runs, more than the 100,000 one study may hold in memory; use fewer replications or fewer configurations", d.Message);

        // 2,000 replications of 2 weeks: 2,000 x 336 h = 672,000 run-hours, fine; 20 years each are 350 million.
        Assert.True(StudyLoader.Parse(Full.With("replications: 4", "replications: 2000"), FileName, StudyKind.Variants).Ok);
        var hours = Full.With("replications: 4", "replications: 2000").With("duration: 2w", "duration: 7300d");
        Assert.Contains("= 350,400,000 run-hours, more than 10,000,000", Assert.Single(StudyLoader.Parse(hours, FileName, StudyKind.Variants).Errors).Message);
    }

    [Fact]
    public void Validate_reads_a_quoted_sweep_key_and_lists_base_variant_and_sweep_problems_together()
    {
        var text = Full.With("pue: 1.3", "pue: 0.5")
            + "\nvariants:\n  - name: v\n    set: { centers.0.tariff.flat_yuan_per_kwh: -1 }\n\"sweep\":\n  seed: [1, x]\n";
        var check = StudyCheck.Parse(text, FileName);
        Assert.Equal(
            [
                $"{FileName}:{PositionOf(text, "0.5").Line}:{PositionOf(text, "0.5").Column}: 'pue': must be between 1 and 10, found 0.5",
                $"{FileName}:{PositionOf(text, "-1").Line}:{PositionOf(text, "-1").Column}: 'flat_yuan_per_kwh': must be >= 0, found -1 (set by variant 'v')",
                $"{FileName}:{PositionOf(text, "x]").Line}:{PositionOf(text, "x]").Column}: 'seed': expected an integer, found 'x' (set by sweep point 'seed-x')",
            ],
            check.Errors.Select(e => e.ToString()));
    }
}

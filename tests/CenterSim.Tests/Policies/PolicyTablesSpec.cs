using CenterSim.Cli;
using CenterSim.Cli.Policies;
using CenterSim.Policies;
using CenterSim.Policies.Registry;
using CenterSim.Tests.Scenarios;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Policies;

public class PolicyTablesSpec
{
    /// <summary>A kind the project does not have, registered the way every kind is.</summary>
    private static readonly PolicyRegistry<object> Capping = new PolicyRegistry<object>("capping curve")
        .Add("linear", "speed falls linearly with the power cut", _ => new object(),
            new ParameterSpec("floor_speed", "slowest speed | a share of full speed", 0.2, 0, 1, Unit: "fraction"),
            new ParameterSpec("kw_per_step", "power given up per step", Min: 0.5, Unit: "kW"))
        .Add("none", "no capping", _ => new object());

    [Fact]
    public void The_policy_tables_of_the_scenario_format_match_the_registry()
    {
        var path = Path.Combine(ScenarioTexts.RepositoryRoot(), "docs", "scenario-format.md");
        var text = File.ReadAllText(path);
        // If this fails, run scripts/policy-tables.sh (centersim policies --markdown-docs docs/scenario-format.md).
        Assert.Equal(text, PolicyDocRegions.Rewrite(path, text, PolicyCatalog.All));
        foreach (var catalog in PolicyCatalog.All)
        {
            Assert.Contains(PolicyDocRegions.Begin(catalog), text);
        }
    }

    [Fact]
    public void A_kind_renders_as_a_table_of_policies_and_a_table_of_parameters_with_unit_default_and_range()
    {
        Assert.Equal(
            new[]
            {
                "| Policy | What it does |",
                "|---|---|",
                "| `linear` | speed falls linearly with the power cut |",
                "| `none` | no capping |",
                "",
                "| Policy | Parameter | Unit | Default | Range | Meaning |",
                "|---|---|---|---|---|---|",
                "| `linear` | `floor_speed` | fraction | 0.2 | 0 to 1 | slowest speed \\| a share of full speed |",
                "| `linear` | `kw_per_step` | kW | required | >= 0.5 | power given up per step |",
            },
            PolicyMarkdown.Tables(Capping));
        Assert.Equal("No scheduling policy takes parameters.", PolicyMarkdown.Tables(PolicyCatalog.Scheduling)[^1]);
    }

    [Fact]
    public void A_new_kind_needs_a_region_in_the_document_and_then_gets_its_tables()
    {
        var kinds = new IPolicyCatalog[] { PolicyCatalog.Scheduling, Capping };
        var doc = "# Policies\n\n<!-- policies:begin scheduling -->\nold\n<!-- policies:end -->\n";
        var e = Assert.Throws<BadInputException>(() => PolicyDocRegions.Rewrite("doc.md", doc, kinds));
        Assert.Equal(
            new[] { "doc.md:1:1: no region for the capping curve policies; add '<!-- policies:begin capping-curve -->' and '<!-- policies:end -->' on lines of their own where their tables belong" },
            e.Messages);

        var rewritten = PolicyDocRegions.Rewrite("doc.md", doc + "\nText.\n<!-- policies:begin capping-curve -->\n<!-- policies:end -->\n", kinds);
        var expected = string.Join("\n", new[] { "# Policies", "", "<!-- policies:begin scheduling -->", "" }
            .Concat(PolicyMarkdown.Tables(PolicyCatalog.Scheduling))
            .Concat(new[] { "", "<!-- policies:end -->", "", "Text.", "<!-- policies:begin capping-curve -->", "" })
            .Concat(PolicyMarkdown.Tables(Capping))
            .Concat(new[] { "", "<!-- policies:end -->", "" }));
        Assert.Equal(expected, rewritten);
        Assert.Equal(rewritten, PolicyDocRegions.Rewrite("doc.md", rewritten, kinds));
    }

    [Fact]
    public void Broken_regions_are_reported_at_their_lines()
    {
        var doc = "<!-- policies:begin schedulng -->\n<!-- policies:end -->\n<!-- policies:begin scheduling -->\nno end\n";
        var e = Assert.Throws<BadInputException>(() => PolicyDocRegions.Rewrite("doc.md", doc, new IPolicyCatalog[] { PolicyCatalog.Scheduling }));
        Assert.Equal(
            new[]
            {
                "doc.md:1:1: no kind of policy is called 'schedulng'; did you mean 'scheduling'? (valid: scheduling)",
                "doc.md:3:1: the region of 'scheduling' has no '<!-- policies:end -->' before the next region or the end of the file",
                "doc.md:1:1: no region for the scheduling policies; add '<!-- policies:begin scheduling -->' and '<!-- policies:end -->' on lines of their own where their tables belong",
            },
            e.Messages);
    }

    [Fact]
    public void Every_registered_policy_has_a_description_and_every_parameter_a_unit()
    {
        foreach (var catalog in PolicyCatalog.All)
        {
            foreach (var name in catalog.Names)
            {
                Assert.False(string.IsNullOrWhiteSpace(catalog.DescriptionOf(name)), $"{catalog.Kind} {name}");
                Assert.All(catalog.ParametersOf(name)!, p => Assert.False(string.IsNullOrWhiteSpace(p.Unit), $"{catalog.Kind} {name}.{p.Name} has no unit"));
            }
        }
    }

    [Fact]
    public void Kind_selects_one_kind_and_an_unknown_kind_is_bad_input_with_a_suggestion()
    {
        Assert.Equal(new IPolicyCatalog[] { PolicyCatalog.VoucherAllocation }, PolicyKinds.Select(PolicyCatalog.All, "voucher-allocation"));
        Assert.Equal(PolicyCatalog.All, PolicyKinds.Select(PolicyCatalog.All, null));
        var e = Assert.Throws<BadInputException>(() => TestCli.App().Run(new[] { "policies", "--kind", "schedulng" }));
        Assert.Equal(new[] { "--kind 'schedulng': no such kind of policy; did you mean 'scheduling'? (valid: scheduling, placement, pricing, voucher-allocation, broker, autoscaling, chip-sharing)" }, e.Messages);
        Assert.Equal(ExitCodes.BadInput, FailureReport.Write(e, new StringWriter()));
    }

    [Fact]
    public void Without_a_terminal_every_kind_is_printed_under_its_own_heading()
    {
        var text = PolicyMarkdown.Document(PolicyCatalog.All);
        Assert.Equal(PolicyCatalog.All.Select(c => "## " + PolicyKinds.Slug(c)), text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Contains("| `weighted` | `yuan_per_kg_co2` | yuan/kg CO2 | 0.1 | >= 0 | carbon price |", text.Split('\n'));
    }
}

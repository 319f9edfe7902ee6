using System.Text.Json;
using CenterSim.Cli;
using CenterSim.Cli.Commands;
using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;
using CenterSim.Tests.Network;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Cli;

/// <summary>`compare-vouchers` on a network's list of agencies: every agency takes the arm's preset, keeping its own region, spending rule and pool.</summary>
public sealed class CompareVouchersNetworkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("centersim-compare-vouchers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "two-hubs.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Every_agency_of_the_list_takes_the_arms_preset()
    {
        // A second agency, for the west: both get each arm's preset.
        var file = Write(NetworkMarketTexts.TwoHubs.With("      spend_in: own-region\n",
            "      spend_in: own-region\n    - { name: gansu, region: west, preset: chengdu-2025, pool_yuan_per_year: 1000000, spend_in: anywhere }\n"));
        Assert.Equal(new[] { "market.vouchers.0", "market.vouchers.1" }, CompareVouchersCommand.ProgramPaths(file));
        var arms = new[] { "beijing-2023", "shenzhen-2024" }.Select(p => new ArmPlan(p,
            CompareVouchersCommand.ProgramPaths(file).Select(path => new ArmSetting(path + ".preset", p, null)).ToList())).ToList();
        var study = StudyLoader.LoadFile(file, StudyKind.Variants, commandLineArms: arms);
        Assert.True(study.Ok, string.Join("\n", study.Errors));
        var beijing = study.Study!.Arms[0].Spec.Market!.Agencies;
        // Beijing 2023 pays 20% of every bill (data notes); each agency keeps its region, pool and spending rule.
        Assert.All(beijing, a => Assert.Equal(0.2, a.Share));
        Assert.Equal(new[] { "east", "west" }, beijing.Select(a => a.IssuerRegion));
        Assert.Equal(new[] { 3_000_000.0, 1_000_000 }, beijing.Select(a => a.PoolYuanPerYear));
        Assert.Equal(new[] { "east" }, beijing[0].EligibleRegions);
        Assert.Null(beijing[1].EligibleRegions);
        Assert.All(study.Study.Arms[1].Spec.Market!.Agencies, a => Assert.Equal(0.5, a.Share));
        // A single program keeps its own path.
        Assert.Equal(new[] { "market.vouchers" }, CompareVouchersCommand.ProgramPaths(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "voucher-programs.yaml")));
    }

    [Fact]
    public void The_command_runs_the_network_arms_with_their_counterfactual()
    {
        var file = Write(NetworkMarketTexts.TwoHubs);
        var output = Path.Combine(_dir, "out");
        var error = new StringWriter();
        var code = CliApp.Run(new[] { "compare-vouchers", file, "--presets", "beijing-2023,shenzhen-2024", "--out", output }, error);
        Assert.True(code == ExitCodes.Success, error.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "comparison.json")));
        var variants = json.RootElement.GetProperty("variants");
        double Mean(string arm, string metric) => variants.GetProperty(arm).GetProperty("metrics").GetProperty(metric).GetProperty("mean").GetDouble();
        foreach (var arm in new[] { "beijing-2023", "shenzhen-2024" })
        {
            Assert.Equal(Mean(arm, "chip_hours_sold") - Mean(arm, "counterfactual_chip_hours_sold"), Mean(arm, "additional_chip_hours"), 6);
        }
        // The same seeds without vouchers: one counterfactual for both arms; Shenzhen's larger share redeems more.
        Assert.Equal(Mean("beijing-2023", "counterfactual_chip_hours_sold"), Mean("shenzhen-2024", "counterfactual_chip_hours_sold"), 9);
        Assert.True(Mean("shenzhen-2024", "voucher_redeemed_yuan") > Mean("beijing-2023", "voucher_redeemed_yuan"));
    }
}

using CenterSim.Cli;
using CenterSim.Cli.Commands;
using CenterSim.Tests.Support;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary><c>centersim validate</c> accepts network scenarios and says how large they are.</summary>
public sealed class NetworkValidateTests
{
    [Fact]
    public void Validate_describes_a_network_by_its_centers_regions_links_and_chips()
    {
        // 64 + 256 + 128 chips.
        Assert.Equal("3 centers in 3 regions, 2 links, 448 chips", ValidateCommand.Size(Load(ThreeCenters)));
        Assert.Equal("2 racks, 64 chips", ValidateCommand.Size(Load(Full)));
    }

    [Fact]
    public void Validate_accepts_a_network_file_and_reports_its_mistakes()
    {
        var dir = Directory.CreateTempSubdirectory("centersim-network-").FullName;
        try
        {
            var good = Path.Combine(dir, "network.yaml");
            File.WriteAllText(good, ThreeCenters + "\nvariants:\n  - name: green\n    set: { policies.broker: greenest }\n");
            Assert.Equal(ExitCodes.Success, TestCli.App().Run(new[] { "validate", good }));

            var bad = Path.Combine(dir, "bad.yaml");
            var text = ThreeCenters.With("region: east\n    training:", "region: esat\n    training:");
            File.WriteAllText(bad, text);
            var e = Assert.Throws<BadInputException>(() => TestCli.App().Run(new[] { "validate", bad }));
            var (line, column) = PositionOf(text, "esat");
            Assert.Equal(
                new[] { $"{bad}:{line}:{column}: 'region': no center is in region 'esat'; did you mean 'east'? (valid: east, west, north)" },
                e.Messages);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

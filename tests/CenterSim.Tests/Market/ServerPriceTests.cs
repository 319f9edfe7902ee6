using CenterSim.Scenarios;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Market;

/// <summary>A market books the servers' price as capital cost, so a server type without one is warned about, never silently free.</summary>
public class ServerPriceTests
{
    [Fact]
    public void A_market_scenario_whose_server_type_has_no_price_is_warned_about_at_the_server_type()
    {
        var path = Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "pricing.yaml");
        var lines = File.ReadAllLines(path).ToList();
        var priced = ScenarioLoader.Parse(string.Join("\n", lines), path);
        Assert.True(priced.Ok);
        Assert.DoesNotContain(priced.Warnings, w => w.Message.Contains("price_yuan", StringComparison.Ordinal));
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("price_yuan:", StringComparison.Ordinal));
        lines.RemoveAt(at);
        var result = ScenarioLoader.Parse(string.Join("\n", lines), path);
        Assert.True(result.Ok);
        var error = Assert.Single(result.Warnings, e => e.Message.Contains("has no 'price_yuan'", StringComparison.Ordinal));
        // Reported at the server type's key, the line of 'atlas-800t:' (or whichever type the pool uses).
        Assert.EndsWith(":", lines[error.Line - 1].Trim());
        Assert.Equal(lines[error.Line - 1].Length - lines[error.Line - 1].TrimStart().Length + 1, error.Column);
    }
}

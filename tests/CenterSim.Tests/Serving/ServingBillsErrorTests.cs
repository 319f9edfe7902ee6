using CenterSim.Scenarios;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Serving;

/// <summary>Token prices and serving bills: a price that cannot be one, a bill with nobody to pay it, an ineffective key, each at its line and column.</summary>
public class ServingBillsErrorTests
{
    private static ScenarioLoadResult Parse(string text) =>
        ScenarioLoader.Parse(text, Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "serving-test.yaml"));

    private static (int Line, int Column) At(string text, string fragment)
    {
        var lines = text.Split('\n');
        var i = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(i >= 0, $"'{fragment}' not in the text");
        return (i + 1, lines[i].IndexOf(fragment, StringComparison.Ordinal) + 1);
    }

    private static CenterSim.Scenarios.Diagnostic SingleError(string text)
    {
        var result = Parse(text);
        Assert.False(result.Ok);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_chip_hour_price_for_tokens_and_a_token_price_for_chip_hours_are_errors()
    {
        var tokens = ServingBillsTexts.Text().Replace("pricing: { name: per-token, yuan_per_million_input_tokens: 10, yuan_per_million_output_tokens: 50 }", "pricing: { name: fixed, yuan_per_chip_hour: 3 }");
        var e = SingleError(tokens);
        Assert.Equal(At(tokens, "{ name: fixed, yuan_per_chip_hour: 3 }"), (e.Line, e.Column));
        Assert.StartsWith("pricing 'fixed' prices chip-hours, not tokens: a service's 'pricing' must price its tokens; valid: per-token", e.Message);

        var chipHours = ServingBillsTexts.Text().Replace("pricing: { name: fixed, yuan_per_chip_hour: 12 }", "pricing: { name: per-token, yuan_per_million_input_tokens: 1, yuan_per_million_output_tokens: 2 }");
        var c = SingleError(chipHours);
        Assert.Equal(At(chipHours, "{ name: per-token, yuan_per_million_input_tokens: 1,"), (c.Line, c.Column));
        Assert.StartsWith("pricing 'per-token' prices an inference service's tokens (serving.services[].pricing), not chip-hours", c.Message);
    }

    [Fact]
    public void In_a_market_a_service_needs_a_tenant_of_one_without_a_budget()
    {
        var none = ServingBillsTexts.Text().Replace("      tenant: chat-app\n", "");
        var n = SingleError(none);
        Assert.Equal(At(none, "name: chat"), (n.Line, n.Column));
        Assert.StartsWith("missing required key 'tenant' in serving.services.chat (with a 'market' section", n.Message);

        var many = ServingBillsTexts.Text().Replace("category: startup", "category: startup\n    count: 2");
        var m = SingleError(many);
        Assert.Equal(At(many, "tenant: chat-app") with { Column = 15 }, (m.Line, m.Column));
        Assert.Equal("a service belongs to one tenant: group 'chat-app' has 2 (give the service a group of count 1)", m.Message);

        var budget = ServingBillsTexts.Text().Replace("category: startup", "category: startup\n    budget_yuan: 100");
        Assert.StartsWith("group 'chat-app' has a budget, but a service's bills are paid after", SingleError(budget).Message);

        var unknown = ServingBillsTexts.Text().Replace("tenant: chat-app", "tenant: chat-ap");
        Assert.Equal("unknown tenant group 'chat-ap'; did you mean 'chat-app'? (valid: chat-app)", SingleError(unknown).Message);
    }

    [Fact]
    public void Serving_bills_is_a_boolean_and_without_services_it_is_warned_about()
    {
        var bad = ServingBillsTexts.Text(ServingBillsTexts.Vouchers(73, serving: true).Replace("serving_bills: true", "serving_bills: yes please"));
        var b = SingleError(bad);
        Assert.Equal(At(bad, "yes please"), (b.Line, b.Column));

        var text = ServingBillsTexts.Text(ServingBillsTexts.Vouchers(73, serving: true));
        var noServices = text[..text.IndexOf("serving:\n", StringComparison.Ordinal)] + text[text.IndexOf("policies:", StringComparison.Ordinal)..];
        var result = Parse(noServices);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var w = Assert.Single(result.Warnings, d => d.Message.Contains("serving_bills", StringComparison.Ordinal));
        Assert.Equal(At(noServices, "serving_bills"), (w.Line, w.Column));
        Assert.Equal("warning: 'serving_bills' has no effect: the scenario has no inference services (a 'serving' section)", w.Message);
    }

    [Fact]
    public void A_tenant_without_a_market_is_warned_about()
    {
        var text = ServingTexts.Text().Replace("    - name: chat\n", "    - name: chat\n      tenant: trainers\n");
        var result = Parse(text);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var w = Assert.Single(result.Warnings);
        Assert.Equal(At(text, "tenant: trainers") with { Column = 15 }, (w.Line, w.Column));
        Assert.StartsWith("warning: 'tenant' has no effect without a 'market' section", w.Message);
    }
}

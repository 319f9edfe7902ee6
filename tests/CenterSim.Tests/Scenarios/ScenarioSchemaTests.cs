using System.Globalization;
using System.Text.Json.Nodes;
using CenterSim.Scenarios.Schema;
using Json.Schema;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace CenterSim.Tests.Scenarios;

/// <summary>The editor schema is the validator's rules: committed as generated, and every shipped scenario passes it.</summary>
public class ScenarioSchemaTests
{
    private static string Root => ScenarioTexts.RepositoryRoot();

    // The library registers a schema by its $id, so it is parsed once.
    private static readonly Lazy<JsonSchema> Parsed = new(() => JsonSchema.FromText(ScenarioSchema.Json()));

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        var committed = File.ReadAllText(Path.Combine(Root, "docs", "scenario.schema.json"));
        Assert.Equal(ScenarioSchema.Json(), committed);
    }

    public static TheoryData<string> Shipped()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Root, "scenarios"), "*.yaml", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(Root, f));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_scenario_passes_the_schema(string file)
    {
        var schema = Parsed.Value;
        var result = schema.Evaluate(ToJson(File.ReadAllText(Path.Combine(Root, file))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void A_misspelt_key_and_an_unknown_policy_fail_the_schema()
    {
        var schema = Parsed.Value;
        var text = File.ReadAllText(Path.Combine(Root, "scenarios", "quickstart.yaml"));
        Assert.False(schema.Evaluate(ToJson(text.Replace("replications:", "replication:", StringComparison.Ordinal))).IsValid);
        Assert.False(schema.Evaluate(ToJson(text.Replace("scheduling: fifo", "scheduling: fifoo", StringComparison.Ordinal))).IsValid);
    }

    [Fact]
    public void A_voucher_programs_expires_key_is_a_boolean_in_the_schema_as_in_validation()
    {
        var schema = Parsed.Value;
        var text = File.ReadAllText(Path.Combine(Root, "scenarios", "mixed-fleet.yaml"));
        foreach (var (value, valid) in new[] { ("false", true), ("30d", false) })
        {
            var edited = text.Replace("    share: 0.3", $"    share: 0.3\n    expires: {value}", StringComparison.Ordinal);
            Assert.NotEqual(text, edited);
            Assert.Equal(valid, schema.Evaluate(ToJson(edited)).IsValid);
            Assert.Equal(valid, CenterSim.Scenarios.ScenarioLoader.Parse(edited, "mixed-fleet.yaml").Ok);
        }
    }

    /// <summary>YAML as JSON, plain scalars typed as YAML 1.2 core reads them (numbers, booleans, null).</summary>
    private static System.Text.Json.JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return System.Text.Json.JsonSerializer.SerializeToElement(Convert(stream.Documents[0].RootNode));
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}

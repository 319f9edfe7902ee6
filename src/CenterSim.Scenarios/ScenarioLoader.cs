using CenterSim.Scenarios.Overrides;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios;

/// <summary>
/// Reads scenario YAML (format: docs/scenario-format.md) into a validated
/// <see cref="CenterSim.Model.Scenario.ScenarioSpec"/>. Bad input never throws: every problem comes back
/// as a <see cref="Diagnostic"/>, sorted by line then column.
/// </summary>
public static class ScenarioLoader
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoOverrides = Array.Empty<KeyValuePair<string, string>>();

    public static ScenarioLoadResult LoadFile(string path) => LoadFile(path, NoOverrides);

    public static ScenarioLoadResult LoadFile(string path, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var text = ScenarioFile.Read(path, out var problem);
        return text is null ? Failed(problem!) : Parse(text, path, overrides);
    }

    public static ScenarioLoadResult Parse(string yamlText, string path) => Parse(yamlText, path, NoOverrides);

    /// <summary>Parses, applies <c>dotted.path=value</c> overrides to the node tree, then validates and converts.</summary>
    public static ScenarioLoadResult Parse(string yamlText, string path, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var syntax = new List<Diagnostic>();
        var root = YamlTreeReader.Read(yamlText, path, syntax);
        var reader = new NodeReader(path);
        reader.AddRange(syntax);
        if (root is null)
        {
            return Result(null, reader);
        }
        OverrideApplier.Apply(root, overrides, reader);
        var spec = ScenarioConverter.Convert(root, reader);
        return Result(reader.HasErrors ? null : spec! with { SourcePath = path }, reader);
    }

    private static ScenarioLoadResult Result(CenterSim.Model.Scenario.ScenarioSpec? spec, NodeReader reader) =>
        new(spec, reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList())
        {
            Warnings = reader.Warnings.Distinct().OrderBy(d => d.Line).ThenBy(d => d.Column).ToList(),
        };

    private static ScenarioLoadResult Failed(Diagnostic d) => new(null, new[] { d });
}

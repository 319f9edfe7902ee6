using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Fuzzing;

/// <summary>
/// Caps a scenario's text so its run is short: one replication of 12 simulated hours (1 h of warm-up),
/// or 50 measured jobs after 10, no precision rule. Size and everything else stay as written, so a run
/// of a huge center still shows as slow.
/// </summary>
public static class ShortRun
{
    public static string Cap(string text)
    {
        var root = YamlTreeReader.Read(text, "mutant.yaml", new List<Diagnostic>());
        if (root is not MappingNode map)
        {
            return text;
        }
        Set(map, "replications", "1");
        Replace(map, "duration", "12h");
        Replace(map, "warmup", "1h");
        Replace(map, "stop_after_jobs", "50");
        Replace(map, "warmup_jobs", "10");
        map.Entries.RemoveAll(e => e.Name is "precision" or "sweep");
        return FlowText.Of(map);
    }

    private static void Replace(MappingNode map, string key, string value)
    {
        if (map.Find(key) is not null)
        {
            Set(map, key, value);
        }
    }

    private static void Set(MappingNode map, string key, string value)
    {
        var node = new ScalarNode(value, false, map.Line, map.Column);
        if (map.Find(key) is { } entry)
        {
            entry.Value = node;
        }
        else
        {
            map.Entries.Add(new MappingEntry(new ScalarNode(key, false, map.Line, map.Column), node));
        }
    }
}

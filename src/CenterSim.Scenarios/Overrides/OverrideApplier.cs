using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Overrides;

/// <summary>
/// Applies <c>dotted.path=value</c> overrides to a scenario's node tree before it is converted, so an
/// overridden value is validated exactly like one written in the file. List items are addressed by
/// index (<c>centers.0.pue=1.3</c>). The last key may be new (the validator then checks it like any
/// key); every key before it must exist. A value starting with '[' or '{' is read as YAML flow
/// (<c>tenants.0.training.chips=[1,8]</c>); anything else is one scalar. A policy given as a bare name
/// (under <c>policies</c>, or a center's or a pool's <c>pricing</c>) turns into <c>{ name: ... }</c> when a parameter is set under it.
/// </summary>
public static class OverrideApplier
{
    public static void Apply(Node root, IReadOnlyList<KeyValuePair<string, string>> overrides, NodeReader r)
    {
        foreach (var (path, value) in overrides)
        {
            ApplyOne(root, path, value, r);
        }
    }

    private static void ApplyOne(Node root, string path, string value, NodeReader r)
    {
        var origin = $"override '{path}={value}'";
        var segments = path.Split('.');
        if (path.Length == 0 || segments.Any(s => s.Length == 0))
        {
            r.Error(root, $"{origin}: expected a dotted path such as 'centers.0.pue'");
            return;
        }
        var current = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            var where = i == 0 ? "the top level" : $"'{string.Join('.', segments[..i])}'";
            switch (current)
            {
                case MappingNode map:
                    {
                        var entry = map.Find(segment);
                        if (entry is null)
                        {
                            if (last)
                            {
                                var replacement = MakeValue(value, map, origin, r);
                                if (replacement is not null)
                                {
                                    map.Entries.Add(new MappingEntry(new ScalarNode(segment, false, map.Line, map.Column) { Origin = origin }, replacement));
                                }
                                return;
                            }
                            var hint = map.Entries.Count == 0 ? "" : Suggestions.Hint(segment, map.Keys.ToList());
                            r.Error(map, $"{origin}: unknown path, no key '{segment}' in {where}{hint}");
                            return;
                        }
                        if (last)
                        {
                            if (MakeValue(value, entry.Value, origin, r) is { } replacement)
                            {
                                entry.Value = replacement;
                            }
                            return;
                        }
                        if (entry.Value is ScalarNode policyName && IsPolicy(segments, i))
                        {
                            var promoted = new MappingNode(policyName.Line, policyName.Column);
                            promoted.Entries.Add(new MappingEntry(new ScalarNode("name", false, policyName.Line, policyName.Column), policyName));
                            entry.Value = promoted;
                        }
                        current = entry.Value;
                        break;
                    }
                case SequenceNode list:
                    {
                        if (!int.TryParse(segment, out var index) || index < 0 || index >= list.Items.Count)
                        {
                            r.Error(list, $"{origin}: unknown path, '{segment}' is not an index of {where} (0 to {list.Items.Count - 1})");
                            return;
                        }
                        if (last)
                        {
                            if (MakeValue(value, list.Items[index], origin, r) is { } replacement)
                            {
                                list.Items[index] = replacement;
                            }
                            return;
                        }
                        current = list.Items[index];
                        break;
                    }
                default:
                    r.Error(current, $"{origin}: unknown path, {where} is a single value and has no '{segment}'");
                    return;
            }
        }
    }

    /// <summary>
    /// Whether segment <paramref name="i"/> names a policy: <c>policies.X</c>, a center's <c>centers.N.pricing</c>
    /// or a pool's <c>centers.N.pools.M.pricing</c>.
    /// </summary>
    private static bool IsPolicy(string[] segments, int i) =>
        (i == 1 && segments[0] == "policies")
        || (i == 2 && segments[0] == "centers" && segments[2] == "pricing")
        || (i == 4 && segments[0] == "centers" && segments[2] == "pools" && segments[4] == "pricing");

    /// <summary>The override's value as nodes placed where the replaced node was, marked with their origin.</summary>
    private static Node? MakeValue(string value, Node at, string origin, NodeReader r)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith('[') && !trimmed.StartsWith('{'))
        {
            return new ScalarNode(value, false, at.Line, at.Column) { Origin = origin };
        }
        var diagnostics = new List<Diagnostic>();
        var parsed = YamlTreeReader.Read(trimmed, r.File, diagnostics);
        if (parsed is null || diagnostics.Count > 0)
        {
            var reason = diagnostics.Count > 0 ? diagnostics[0].Message : "empty value";
            r.Error(at, $"{origin}: {reason}");
            return null;
        }
        return Relocate(parsed, at, origin);
    }

    private static Node Relocate(Node node, Node at, string origin)
    {
        switch (node)
        {
            case ScalarNode s:
                return new ScalarNode(s.Value, s.Quoted, at.Line, at.Column) { Origin = origin };
            case SequenceNode q:
                {
                    var copy = new SequenceNode(at.Line, at.Column) { Origin = origin };
                    copy.Items.AddRange(q.Items.Select(i => Relocate(i, at, origin)));
                    return copy;
                }
            case MappingNode m:
                {
                    var copy = new MappingNode(at.Line, at.Column) { Origin = origin };
                    copy.Entries.AddRange(m.Entries.Select(e => new MappingEntry((ScalarNode)Relocate(e.Key, at, origin), Relocate(e.Value, at, origin))));
                    return copy;
                }
            default:
                return node;
        }
    }
}

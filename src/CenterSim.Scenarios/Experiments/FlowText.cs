using System.Text;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// Writes a node back as the text of an override value: a scalar as it is, a list or mapping as YAML
/// flow (<c>[1, 8]</c>, <c>{name: fixed, yuan_per_chip_hour: 12}</c>), which the override applier reads back.
/// </summary>
public static class FlowText
{
    public static string Of(Node node)
    {
        var sb = new StringBuilder();
        Append(node, sb, top: true);
        return sb.ToString();
    }

    private static void Append(Node node, StringBuilder sb, bool top)
    {
        switch (node)
        {
            case ScalarNode s:
                sb.Append(top ? s.Value : Quote(s));
                break;
            case SequenceNode q:
                sb.Append('[');
                for (var i = 0; i < q.Items.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    Append(q.Items[i], sb, top: false);
                }
                sb.Append(']');
                break;
            case MappingNode m:
                sb.Append('{');
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    sb.Append(Quote(m.Entries[i].Key)).Append(": ");
                    Append(m.Entries[i].Value, sb, top: false);
                }
                sb.Append('}');
                break;
        }
    }

    /// <summary>Inside flow text a scalar with flow punctuation must be quoted to stay one scalar.</summary>
    private static string Quote(ScalarNode s) =>
        s.Quoted || s.Value.IndexOfAny([',', '[', ']', '{', '}', ':', '#', '\'', '"']) >= 0
            ? "'" + s.Value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : s.Value;
}

using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Fuzzing;

/// <summary>
/// Makes mutants of scenario text for fuzzing the loader, the validator and the runs: edits of the text's
/// lines (delete, duplicate, swap, truncate, re-indent, deep nesting, aliases, unicode) and of its node tree
/// (delete a key, swap two values, an extreme number, a wrong type), the tree written back as YAML flow.
/// The same seed gives the same mutants.
/// </summary>
public sealed class ScenarioMutator(int seed)
{
    private static readonly string[] Extremes =
    [
        "0", "-1", "1e308", "-1e308", "1e-320", "NaN", ".nan", ".inf", "-.inf", "9223372036854775808", "-9223372036854775809",
        "2147483648", "4294967296", "18446744073709551616", "1e155", "0.0000001", "999999999999", "''", "~", "true", "0x10", "1_000",
    ];

    private static readonly double[] Factors = [0, 0.1, 0.5, 2, 10, 1000, -1];

    private static readonly string[] Texts = ["名字", "\u202eevil", "a\\nb", "😀", "  ", "\"unclosed", "[unclosed", "{a: 1", "*nowhere", "&a", "- item", "%TAG"];

    private readonly Random _random = new(seed);
    private readonly List<string> _operators = new();

    public string Mutate(string text)
    {
        _operators.Clear();
        // Mostly one edit, so many mutants are still valid and reach a run.
        var edits = _random.Next(4) == 0 ? 2 : 1;
        for (var i = 0; i < edits; i++)
        {
            text = _random.Next(2) == 0 ? MutateLines(text) : MutateTree(text);
        }
        return text;
    }

    /// <summary>The operators that made the last mutant, for the report of a failure.</summary>
    public string Operators => string.Join(", ", _operators);

    private void Note(string op) => _operators.Add(op);

    private string MutateLines(string text)
    {
        var lines = text.Split('\n').ToList();
        var i = _random.Next(lines.Count);
        var j = _random.Next(lines.Count);
        switch (_random.Next(9))
        {
            case 0:
                Note("delete a line");
                lines.RemoveAt(i);
                break;
            case 1:
                Note("duplicate a line");
                lines.Insert(i, lines[i]);
                break;
            case 2:
                Note("swap two lines");
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                Note("truncate");
                return text[..(_random.Next(text.Length + 1))];
            case 4:
                Note("re-indent");
                lines[i] = (_random.Next(2) == 0 ? " " : "\t") + lines[i];
                break;
            case 5:
                {
                    Note("deep nesting");
                    var depth = _random.Next(2) == 0 ? 10 + _random.Next(100) : 1000 + _random.Next(20000);
                    lines.Add($"deep_{i}: " + new string('[', depth) + "1" + new string(']', depth));
                    break;
                }
            case 6:
                Note("alias");
                lines.Add(_random.Next(3) switch
                {
                    0 => "bomb: &b0 [x, x, x, x, x, x, x, x, x, x]\nb1: &b1 [*b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0]\nb2: &b2 [*b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1]\nb3: [*b2, *b2, *b2, *b2, *b2, *b2, *b2, *b2]",
                    1 => "variants:\n  - name: loop\n    set: { centers.0.pue: &x [*x] }",
                    _ => $"ref: *{(lines[i].Trim().Length > 0 ? "a" : "b")}",
                });
                break;
            case 7:
                Note("unicode");
                lines[i] = lines[i].Insert(_random.Next(lines[i].Length + 1), Pick(Texts));
                break;
            default:
                Note("extreme number in the text");
                lines[i] = ReplaceNumber(lines[i]);
                break;
        }
        return string.Join('\n', lines);
    }

    private string ReplaceNumber(string line)
    {
        var digits = Enumerable.Range(0, line.Length).Where(k => char.IsAsciiDigit(line[k])).ToList();
        if (digits.Count == 0)
        {
            return line;
        }
        var start = Pick(digits);
        var end = start;
        while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] is '.' or 'e' or '-'))
        {
            end++;
        }
        return line[..start] + Pick(Extremes) + line[end..];
    }

    private string MutateTree(string text)
    {
        var root = YamlTreeReader.Read(text, "mutant.yaml", new List<Diagnostic>());
        if (root is not MappingNode)
        {
            Note("tree (unreadable, kept)");
            return text;
        }
        var slots = new List<(Func<Node> Get, Action<Node> Set, Action? Delete)>();
        Collect(root, slots);
        if (slots.Count == 0)
        {
            return text;
        }
        var (get, set, delete) = Pick(slots);
        switch (_random.Next(7))
        {
            case 5 or 6 when get() is ScalarNode number && double.TryParse(number.Value, System.Globalization.CultureInfo.InvariantCulture, out var x):
                Note("scale a number");
                set(new ScalarNode((x * Pick(Factors)).ToString("R", System.Globalization.CultureInfo.InvariantCulture), false, number.Line, number.Column));
                break;
            case 0 when delete is not null:
                Note("delete a key");
                delete();
                break;
            case 1:
                {
                    Note("swap two values");
                    var (otherGet, otherSet, _) = Pick(slots);
                    var a = get();
                    var b = otherGet();
                    if (!Contains(a, b) && !Contains(b, a))
                    {
                        set(b);
                        otherSet(a);
                    }
                    break;
                }
            case 2:
                Note("wrong type");
                set(get() is ScalarNode s
                    ? (_random.Next(2) == 0 ? Sequence(s) : Mapping(s))
                    : new ScalarNode(Pick(Extremes), false, 1, 1));
                break;
            default:
                Note("extreme value");
                set(new ScalarNode(Pick(Extremes.Concat(Texts).ToArray()), false, 1, 1));
                break;
        }
        return FlowText.Of(root);
    }

    private static void Collect(Node node, List<(Func<Node>, Action<Node>, Action?)> slots)
    {
        switch (node)
        {
            case MappingNode m:
                foreach (var e in m.Entries.ToList())
                {
                    slots.Add((() => e.Value, v => e.Value = v, () => m.Entries.Remove(e)));
                    Collect(e.Value, slots);
                }
                break;
            case SequenceNode q:
                for (var i = 0; i < q.Items.Count; i++)
                {
                    var k = i;
                    slots.Add((() => q.Items[k], v => q.Items[k] = v, null));
                    Collect(q.Items[k], slots);
                }
                break;
        }
    }

    private static bool Contains(Node outer, Node inner) =>
        ReferenceEquals(outer, inner)
        || outer is MappingNode m && m.Entries.Any(e => Contains(e.Value, inner))
        || outer is SequenceNode q && q.Items.Any(i => Contains(i, inner));

    private static SequenceNode Sequence(ScalarNode s)
    {
        var q = new SequenceNode(s.Line, s.Column);
        q.Items.Add(s);
        return q;
    }

    private static MappingNode Mapping(ScalarNode s)
    {
        var m = new MappingNode(s.Line, s.Column);
        m.Entries.Add(new MappingEntry(new ScalarNode("value", false, s.Line, s.Column), s));
        return m;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}

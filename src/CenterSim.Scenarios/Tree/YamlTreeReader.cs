using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CenterSim.Scenarios.Tree;

/// <summary>
/// Builds a <see cref="Node"/> tree from YamlDotNet's parser events. Unlike the representation model it
/// keeps going after a repeated key (reported, the first one kept), so all problems show at once.
/// </summary>
public sealed partial class YamlTreeReader
{
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, Node> _anchors = new();
    private Mark _last = Mark.Empty;

    private YamlTreeReader(string file, List<Diagnostic> diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads one YAML document; returns null (with a diagnostic) when the text is not valid YAML or is empty.</summary>
    public static Node? Read(string text, string file, List<Diagnostic> diagnostics) =>
        new YamlTreeReader(file, diagnostics).ReadDocument(text);

    private Node? ReadDocument(string text)
    {
        var file = _file;
        var diagnostics = _diagnostics;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(new Diagnostic(file, 1, 1, "the file is empty"));
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                diagnostics.Add(new Diagnostic(file, Line(next.Start), Column(next.Start), "expected one YAML document, found another one here"));
            }
            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(new Diagnostic(file, Math.Max(1, Line(e.Start)), Math.Max(1, Column(e.Start)), $"invalid YAML: {Clean(e.Message)}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // The scanner gives up on some broken input (e.g. an unclosed '[') without a position; point past the last good node.
            diagnostics.Add(new Diagnostic(file, Math.Max(1, Line(_last)), Math.Max(1, Column(_last)),
                "invalid YAML after this point; look for an unclosed bracket or quote"));
            return null;
        }
    }

    private Node ReadNode(IParser parser)
    {
        var file = _file;
        var diagnostics = _diagnostics;
        var anchors = _anchors;
        var ev = parser.Current ?? throw new YamlException("unexpected end of the file");
        _last = ev.End;
        parser.MoveNext();
        switch (ev)
        {
            case AnchorAlias alias:
                if (anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }
                diagnostics.Add(At(file, ev, $"unknown alias '*{alias.Value.Value}'"));
                return new ScalarNode("", false, Line(ev.Start), Column(ev.Start));
            case Scalar s:
                return Anchor(s, new ScalarNode(s.Value, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Line(s.Start), Column(s.Start)), anchors);
            case SequenceStart seqStart:
                {
                    var seq = Anchor(seqStart, new SequenceNode(Line(ev.Start), Column(ev.Start)), anchors);
                    while (!parser.Accept<SequenceEnd>(out _))
                    {
                        seq.Items.Add(ReadNode(parser));
                    }
                    parser.MoveNext();
                    return seq;
                }
            case MappingStart mapStart:
                {
                    var map = Anchor(mapStart, new MappingNode(Line(ev.Start), Column(ev.Start)), anchors);
                    while (!parser.Accept<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser);
                        var value = ReadNode(parser);
                        if (keyNode is not ScalarNode key)
                        {
                            diagnostics.Add(new Diagnostic(file, keyNode.Line, keyNode.Column, "a key must be a plain name, not " + keyNode.Describe()));
                            continue;
                        }
                        var first = map.Find(key.Value);
                        if (first is not null)
                        {
                            diagnostics.Add(new Diagnostic(file, key.Line, key.Column, $"duplicate key '{key.Value}' (first given at line {first.Key.Line})"));
                            continue;
                        }
                        map.Entries.Add(new MappingEntry(key, value));
                    }
                    parser.MoveNext();
                    return map;
                }
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    private static T Anchor<T>(NodeEvent ev, T node, Dictionary<string, Node> anchors)
        where T : Node
    {
        if (!ev.Anchor.IsEmpty)
        {
            anchors[ev.Anchor.Value] = node;
        }
        return node;
    }

    private static Diagnostic At(string file, ParsingEvent ev, string message) => new(file, Line(ev.Start), Column(ev.Start), message);

    private static int Line(Mark m) => (int)Math.Min(int.MaxValue, m.Line);

    private static int Column(Mark m) => (int)Math.Min(int.MaxValue, m.Column);

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the diagnostic already says where.</summary>
    private static string Clean(string message) => PositionPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}

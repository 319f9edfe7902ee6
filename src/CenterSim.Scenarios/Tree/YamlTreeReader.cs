using System.Text.RegularExpressions;
using CenterSim.Scenarios.Validation;
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
    private readonly Dictionary<Node, long> _sizes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private int _aliases;
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
            var root = ReadNode(parser, 1, out _);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                diagnostics.Add(new Diagnostic(file, Line(next.Start), Column(next.Start), "expected one YAML document, found another one here"));
            }
            return root;
        }
        catch (InputLimitException e)
        {
            diagnostics.Add(new Diagnostic(file, Math.Max(1, Line(e.At)), Math.Max(1, Column(e.At)), e.Message));
            return null;
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

    /// <summary>Reads one node and everything under it; <paramref name="size"/> is its node count with aliases expanded.</summary>
    private Node ReadNode(IParser parser, int depth, out long size)
    {
        var file = _file;
        var diagnostics = _diagnostics;
        var ev = parser.Current ?? throw new YamlException("unexpected end of the file");
        _last = ev.End;
        if (depth > InputLimits.MaxDepth && ev is SequenceStart or MappingStart)
        {
            throw new InputLimitException(ev.Start, $"lists and mappings nest more than {InputLimits.MaxDepth} levels deep here; a scenario needs fewer than 10");
        }
        parser.MoveNext();
        switch (ev)
        {
            case AnchorAlias alias:
                if (++_aliases > InputLimits.MaxAliases)
                {
                    throw new InputLimitException(ev.Start, $"more than {InputLimits.MaxAliases} aliases in one file");
                }
                if (_open.Contains(alias.Value.Value))
                {
                    diagnostics.Add(At(file, ev, $"alias '*{alias.Value.Value}' is inside the node it names, which would make the value endless"));
                    size = 1;
                    return new ScalarNode("", false, Line(ev.Start), Column(ev.Start));
                }
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    size = _sizes[target];
                    return target;
                }
                diagnostics.Add(At(file, ev, $"unknown alias '*{alias.Value.Value}'"));
                size = 1;
                return new ScalarNode("", false, Line(ev.Start), Column(ev.Start));
            case Scalar s:
                size = 1;
                return Anchor(s, new ScalarNode(s.Value, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Line(s.Start), Column(s.Start)), size);
            case SequenceStart seqStart:
                {
                    var seq = new SequenceNode(Line(ev.Start), Column(ev.Start));
                    Open(seqStart);
                    size = 1;
                    while (!parser.Accept<SequenceEnd>(out _))
                    {
                        seq.Items.Add(ReadNode(parser, depth + 1, out var itemSize));
                        size = Grow(size, itemSize, seqStart);
                    }
                    parser.MoveNext();
                    return Anchor(seqStart, seq, size);
                }
            case MappingStart mapStart:
                {
                    var map = new MappingNode(Line(ev.Start), Column(ev.Start));
                    Open(mapStart);
                    size = 1;
                    while (!parser.Accept<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, depth + 1, out var keySize);
                        var value = ReadNode(parser, depth + 1, out var valueSize);
                        size = Grow(Grow(size, keySize, mapStart), valueSize, mapStart);
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
                    return Anchor(mapStart, map, size);
                }
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    /// <summary>A container's expanded size with one more child; beyond the limit the document is refused where the container starts.</summary>
    private static long Grow(long size, long child, ParsingEvent at)
    {
        var total = size + child;
        if (total > InputLimits.MaxExpandedNodes)
        {
            throw new InputLimitException(at.Start,
                $"this value expands to more than {Count.Of(InputLimits.MaxExpandedNodes)} nodes once its aliases are replaced by what they name");
        }
        return total;
    }

    /// <summary>An anchored container is open until its end: an alias to it from inside would make it contain itself.</summary>
    private void Open(NodeEvent ev)
    {
        if (!ev.Anchor.IsEmpty)
        {
            _open.Add(ev.Anchor.Value);
        }
    }

    /// <summary>Registers a finished node under its anchor; an alias may name it from now on.</summary>
    private T Anchor<T>(NodeEvent ev, T node, long size)
        where T : Node
    {
        if (!ev.Anchor.IsEmpty)
        {
            _open.Remove(ev.Anchor.Value);
            _anchors[ev.Anchor.Value] = node;
            _sizes[node] = size;
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

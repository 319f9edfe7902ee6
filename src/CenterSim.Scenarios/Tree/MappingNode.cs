namespace CenterSim.Scenarios.Tree;

/// <summary>A mapping in file order. Keys are unique: the reader reports and drops repeated keys.</summary>
public sealed class MappingNode(int line, int column) : Node(line, column)
{
    public List<MappingEntry> Entries { get; } = new();

    public IEnumerable<string> Keys => Entries.Select(e => e.Name);

    public MappingEntry? Find(string key) => Entries.Find(e => e.Name == key);

    public Node? this[string key] => Find(key)?.Value;

    public override string Describe() => "a mapping";
}

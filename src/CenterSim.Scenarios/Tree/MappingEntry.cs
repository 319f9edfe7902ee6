namespace CenterSim.Scenarios.Tree;

/// <summary>A key and its value; the value may be replaced by an override.</summary>
public sealed class MappingEntry(ScalarNode key, Node value)
{
    public ScalarNode Key { get; } = key;

    public Node Value { get; set; } = value;

    public string Name => Key.Value;
}

namespace CenterSim.Scenarios.Tree;

/// <summary>A scalar as written. <see cref="Quoted"/> scalars are never null, whatever their text.</summary>
public sealed class ScalarNode(string value, bool quoted, int line, int column) : Node(line, column)
{
    public string Value { get; } = value;

    public bool Quoted { get; } = quoted;

    /// <summary>YAML's null: an empty plain scalar, '~' or 'null'.</summary>
    public bool IsNull => !Quoted && (Value.Length == 0 || Value == "~" || Value.Equals("null", StringComparison.OrdinalIgnoreCase));

    public override string Describe() => IsNull ? "nothing" : $"'{Value}'";
}

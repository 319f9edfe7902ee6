namespace CenterSim.Scenarios.Tree;

public sealed class SequenceNode(int line, int column) : Node(line, column)
{
    public List<Node> Items { get; } = new();

    public override string Describe() => "a list";
}

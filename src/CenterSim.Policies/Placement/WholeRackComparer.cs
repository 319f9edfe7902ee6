namespace CenterSim.Policies.Placement;

/// <summary>Orders racks by (wholly free servers, rack), as the default comparer of the tuple does, with direct comparisons.</summary>
public sealed class WholeRackComparer : IComparer<(int Whole, int Rack)>
{
    public static WholeRackComparer Instance { get; } = new();

    public int Compare((int Whole, int Rack) x, (int Whole, int Rack) y)
    {
        var c = x.Whole.CompareTo(y.Whole);
        return c != 0 ? c : x.Rack.CompareTo(y.Rack);
    }
}

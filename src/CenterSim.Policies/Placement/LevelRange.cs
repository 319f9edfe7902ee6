namespace CenterSim.Policies.Placement;

/// <summary>The servers of a <see cref="LevelTree"/> filed under levels lo..hi: a view, valid while the tree is.</summary>
public readonly struct LevelRange
{
    private readonly LevelTree _tree;
    private readonly int _lo;
    private readonly int _hi;

    public LevelRange(LevelTree tree, int lo, int hi)
    {
        _tree = tree;
        _lo = lo;
        _hi = hi;
    }

    public int Count => _tree.Count(_lo, _hi);

    /// <summary>The member of rank <paramref name="k"/> in index order; −1 when there are not that many.</summary>
    public int Nth(int k) => _tree.Nth(_lo, _hi, k);

    /// <summary>The lowest member with index at least <paramref name="from"/>; −1 if none.</summary>
    public int Next(int from) => _tree.Next(_lo, _hi, from);

    /// <summary>The members in index order.</summary>
    public IEnumerable<int> InOrder()
    {
        var tree = _tree;
        var (lo, hi) = (_lo, _hi);
        for (var s = tree.Next(lo, hi, 0); s >= 0; s = tree.Next(lo, hi, s + 1))
        {
            yield return s;
        }
    }
}

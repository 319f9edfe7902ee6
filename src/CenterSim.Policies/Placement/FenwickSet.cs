namespace CenterSim.Policies.Placement;

/// <summary>
/// A set of server indices 0..n−1 as a Fenwick tree of 0/1 marks: add, remove, count and find the k-th
/// member in index order, each in O(log n).
/// </summary>
public sealed class FenwickSet
{
    private readonly int[] _tree;
    private readonly int _top;

    public FenwickSet(int n)
    {
        _tree = new int[n + 1];
        _top = 1;
        while (_top * 2 <= n)
        {
            _top *= 2;
        }
    }

    public int Count { get; private set; }

    public void Add(int index) => Update(index, 1);

    public void Remove(int index) => Update(index, -1);

    /// <summary>The member of rank <paramref name="k"/> (0-based, in index order); −1 when there are not that many.</summary>
    public int Nth(int k)
    {
        if (k < 0 || k >= Count)
        {
            return -1;
        }
        var pos = 0;
        var left = k + 1;
        for (var step = _top; step > 0; step >>= 1)
        {
            var next = pos + step;
            if (next < _tree.Length && _tree[next] < left)
            {
                pos = next;
                left -= _tree[next];
            }
        }
        return pos; // tree positions are 1-based, so pos is the 0-based index of the member
    }

    /// <summary>How many members have an index below <paramref name="index"/>.</summary>
    public int CountBelow(int index)
    {
        var sum = 0;
        for (var i = Math.Min(index, _tree.Length - 1); i > 0; i -= i & -i)
        {
            sum += _tree[i];
        }
        return sum;
    }

    /// <summary>The members in index order.</summary>
    public IEnumerable<int> InOrder()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return Nth(k);
        }
    }

    private void Update(int index, int delta)
    {
        Count += delta;
        for (var i = index + 1; i < _tree.Length; i += i & -i)
        {
            _tree[i] += delta;
        }
    }
}

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// How many waiting jobs ask for each gang size, with the smallest size at hand. A workload has few
/// distinct sizes, so they are kept sorted in a small array: adding or removing a job costs a scan of
/// the sizes, never of the jobs, and allocates nothing once every size has been seen.
/// </summary>
public sealed class GangSizes
{
    private int[] _sizes = new int[8];
    private int[] _counts = new int[8];
    private int _distinct;

    /// <summary>The fewest chips any counted job asks for; int.MaxValue when none is counted.</summary>
    public int Smallest => _distinct == 0 ? int.MaxValue : _sizes[0];

    public void Add(int chips)
    {
        var i = Find(chips);
        if (i < _distinct && _sizes[i] == chips)
        {
            _counts[i]++;
            return;
        }
        if (_distinct == _sizes.Length)
        {
            Array.Resize(ref _sizes, _distinct * 2);
            Array.Resize(ref _counts, _distinct * 2);
        }
        Array.Copy(_sizes, i, _sizes, i + 1, _distinct - i);
        Array.Copy(_counts, i, _counts, i + 1, _distinct - i);
        _sizes[i] = chips;
        _counts[i] = 1;
        _distinct++;
    }

    public void Remove(int chips)
    {
        var i = Find(chips);
        if (i == _distinct || _sizes[i] != chips)
        {
            throw new InvalidOperationException($"no waiting job of {chips} chips to remove");
        }
        if (--_counts[i] > 0)
        {
            return;
        }
        _distinct--;
        Array.Copy(_sizes, i + 1, _sizes, i, _distinct - i);
        Array.Copy(_counts, i + 1, _counts, i, _distinct - i);
    }

    /// <summary>The place of the first size at least <paramref name="chips"/>.</summary>
    private int Find(int chips)
    {
        var i = 0;
        while (i < _distinct && _sizes[i] < chips)
        {
            i++;
        }
        return i;
    }
}

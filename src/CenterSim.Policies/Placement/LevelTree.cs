using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace CenterSim.Policies.Placement;

/// <summary>
/// Server indices 0..n−1, each filed under one level (a server's free chips, say). Each level keeps its
/// members as a bit set, with a summary bit per 64-bit word that has any, so walking a range's members
/// in index order (<see cref="Next"/>) costs a few word reads per member. Over the words, one Fenwick
/// tree holds each word's member count per level side by side: moving a server between levels walks
/// one path of O(log(n/64)) nodes and touches two counts in each, and finding the k-th member of a
/// range of levels descends the tree to its word (O(log(n/64)) times the width of the range), then
/// selects the bit in that word.
/// </summary>
public sealed class LevelTree
{
    private readonly int[] _counts;
    private readonly int[] _levelCount;
    private readonly int _levels;
    private readonly int _nodes;
    private readonly int _top;
    private readonly ulong[] _bits;
    private readonly ulong[] _summary;
    private readonly int _words;
    private readonly int _summaryWords;

    public LevelTree(int n, int levels)
    {
        _levels = levels;
        _words = (n + 63) >> 6;
        _nodes = _words + 1;
        _counts = new int[_nodes * levels];
        _levelCount = new int[levels];
        _top = 1;
        while (_top * 2 <= _words)
        {
            _top *= 2;
        }
        _summaryWords = (_words + 63) >> 6;
        _bits = new ulong[_words * levels];
        _summary = new ulong[_summaryWords * levels];
    }

    /// <summary>Files <paramref name="index"/> under level <paramref name="to"/> (−1: under none), taking it from <paramref name="from"/> (−1: not filed yet).</summary>
    public void Move(int index, int from, int to)
    {
        if (from == to)
        {
            return;
        }
        if (from >= 0)
        {
            _levelCount[from]--;
            Unmark(index, from);
        }
        if (to >= 0)
        {
            _levelCount[to]++;
            Mark(index, to);
        }
        for (var i = (index >> 6) + 1; i < _nodes; i += i & -i)
        {
            var row = i * _levels;
            if (from >= 0)
            {
                _counts[row + from]--;
            }
            if (to >= 0)
            {
                _counts[row + to]++;
            }
        }
    }

    /// <summary>Members filed under levels <paramref name="lo"/>..<paramref name="hi"/>.</summary>
    public int Count(int lo, int hi)
    {
        var sum = 0;
        for (var l = lo; l <= hi; l++)
        {
            sum += _levelCount[l];
        }
        return sum;
    }

    /// <summary>The member of rank <paramref name="k"/> (0-based, in index order) among levels lo..hi; −1 when there are not that many.</summary>
    public int Nth(int lo, int hi, int k)
    {
        if (k < 0 || k >= Count(lo, hi))
        {
            return -1;
        }
        var pos = 0;
        var left = k + 1;
        for (var step = _top; step > 0; step >>= 1)
        {
            var next = pos + step;
            if (next >= _nodes)
            {
                continue;
            }
            var here = Sum(next, lo, hi);
            if (here < left)
            {
                pos = next;
                left -= here;
            }
        }
        // Tree positions are 1-based, so pos is the 0-based index of the member's word.
        return (pos << 6) + Select(Word(lo, hi, pos), left - 1);
    }

    /// <summary>The position of the set bit of rank <paramref name="rank"/> (0-based, from the lowest) in <paramref name="word"/>, which has more set bits than that.</summary>
    public static int Select(ulong word, int rank) =>
        Bmi2.X64.IsSupported ? BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << rank, word)) : SelectByClearing(word, rank);

    /// <summary><see cref="Select"/> without the bit-deposit instruction: clears the lower set bits one by one.</summary>
    public static int SelectByClearing(ulong word, int rank)
    {
        for (; rank > 0; rank--)
        {
            word &= word - 1;
        }
        return BitOperations.TrailingZeroCount(word);
    }

    /// <summary>The lowest member of levels <paramref name="lo"/>..<paramref name="hi"/> with index at least <paramref name="from"/>; −1 if none.</summary>
    public int Next(int lo, int hi, int from)
    {
        from = Math.Max(from, 0);
        var w = from >> 6;
        if (w >= _words)
        {
            return -1;
        }
        var here = Word(lo, hi, w) & (~0UL << (from & 63));
        if (here != 0)
        {
            return (w << 6) + BitOperations.TrailingZeroCount(here);
        }
        for (w++; w < _words; w = ((w >> 6) + 1) << 6)
        {
            var sw = w >> 6;
            var any = 0UL;
            for (var l = lo; l <= hi; l++)
            {
                any |= _summary[l * _summaryWords + sw];
            }
            any &= ~0UL << (w & 63);
            if (any != 0)
            {
                var found = (sw << 6) + BitOperations.TrailingZeroCount(any);
                return (found << 6) + BitOperations.TrailingZeroCount(Word(lo, hi, found));
            }
        }
        return -1;
    }

    private ulong Word(int lo, int hi, int w)
    {
        var bits = 0UL;
        for (var l = lo; l <= hi; l++)
        {
            bits |= _bits[l * _words + w];
        }
        return bits;
    }

    private void Mark(int index, int level)
    {
        var w = index >> 6;
        _bits[level * _words + w] |= 1UL << (index & 63);
        _summary[level * _summaryWords + (w >> 6)] |= 1UL << (w & 63);
    }

    private void Unmark(int index, int level)
    {
        var w = index >> 6;
        var word = _bits[level * _words + w] &= ~(1UL << (index & 63));
        if (word == 0)
        {
            _summary[level * _summaryWords + (w >> 6)] &= ~(1UL << (w & 63));
        }
    }

    private int Sum(int node, int lo, int hi)
    {
        var row = node * _levels;
        var sum = 0;
        for (var l = lo; l <= hi; l++)
        {
            sum += _counts[row + l];
        }
        return sum;
    }
}

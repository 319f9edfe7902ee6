using System.Collections;

namespace CenterSim.Policies.Scheduling;

/// <summary>
/// Running jobs as (expected end, id, chips), in <see cref="EndOrderComparer"/> order: a sorted list cut
/// into chunks of at most <see cref="MaxChunk"/> entries. Adding or removing finds the chunk by binary
/// search over the chunks' last entries and moves at most a chunk's entries, so the memory it touches
/// stays within a few cache lines where a balanced tree chases a node per level; the list of chunks
/// changes only when one splits or empties.
/// </summary>
public sealed class EndOrderedSet : IEnumerable<(double End, long Id, int Chips)>
{
    public const int MaxChunk = 128;

    private readonly List<List<(double End, long Id, int Chips)>> _chunks = new();
    private readonly EndOrderComparer _order = EndOrderComparer.Instance;

    public int Count { get; private set; }

    /// <summary>The first entry; the set must not be empty.</summary>
    public (double End, long Id, int Chips) Min => Count > 0 ? _chunks[0][0] : throw new InvalidOperationException("the set is empty");

    /// <summary>Adds the entry; false when it is there already.</summary>
    public bool Add((double End, long Id, int Chips) item)
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new List<(double, long, int)>(MaxChunk + 1) { item });
            Count = 1;
            return true;
        }
        var c = ChunkFor(item);
        var chunk = _chunks[c];
        var i = chunk.BinarySearch(item, _order);
        if (i >= 0)
        {
            return false;
        }
        chunk.Insert(~i, item);
        Count++;
        if (chunk.Count > MaxChunk)
        {
            var half = MaxChunk / 2;
            var tail = new List<(double, long, int)>(MaxChunk + 1);
            tail.AddRange(chunk.GetRange(half, chunk.Count - half));
            chunk.RemoveRange(half, chunk.Count - half);
            _chunks.Insert(c + 1, tail);
        }
        return true;
    }

    /// <summary>Removes the entry; false when it is not there.</summary>
    public bool Remove((double End, long Id, int Chips) item)
    {
        if (Count == 0)
        {
            return false;
        }
        var c = ChunkFor(item);
        var chunk = _chunks[c];
        var i = chunk.BinarySearch(item, _order);
        if (i < 0)
        {
            return false;
        }
        chunk.RemoveAt(i);
        Count--;
        if (chunk.Count == 0)
        {
            _chunks.RemoveAt(c);
        }
        return true;
    }

    public IEnumerator<(double End, long Id, int Chips)> GetEnumerator()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var item in chunk)
            {
                yield return item;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first chunk whose last entry is not below <paramref name="item"/>, or the last chunk.</summary>
    private int ChunkFor((double End, long Id, int Chips) item)
    {
        var lo = 0;
        var hi = _chunks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_order.Compare(_chunks[mid][^1], item) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}

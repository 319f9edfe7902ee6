using System.Runtime.CompilerServices;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// What a run keeps of every job until its result is built (waits, bills, records): values only appended,
/// in chunks that stay below the large-object size. A list that doubles as a long run goes on would copy
/// its values again at every doubling into ever larger blocks on the large-object heap, and each such
/// block counts toward a full collection of the whole heap, so the run would pay for its own length on
/// its later events. Appending here costs the same on the last event as on the first.
/// </summary>
public sealed class RunHistory<T>
{
    // 64 KiB chunks: under the runtime's 85,000-byte large-object threshold for any element size.
    private static readonly int ChunkLength = Math.Max(1, 65536 / Unsafe.SizeOf<T>());
    private readonly List<T[]> _chunks = new();
    private int _inLast = ChunkLength;

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (_inLast == ChunkLength)
        {
            _chunks.Add(new T[ChunkLength]);
            _inLast = 0;
        }
        _chunks[^1][_inLast++] = value;
        Count++;
    }

    /// <summary>The values in the order they were added, in one list with room for <paramref name="more"/> after them.</summary>
    public List<T> ToList(int more = 0)
    {
        var list = new List<T>(Count + more);
        for (var c = 0; c < _chunks.Count; c++)
        {
            list.AddRange(c == _chunks.Count - 1 ? _chunks[c].AsSpan(0, _inLast) : _chunks[c]);
        }
        return list;
    }
}

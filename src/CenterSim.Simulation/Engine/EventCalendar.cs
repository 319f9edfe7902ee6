namespace CenterSim.Simulation.Engine;

/// <summary>
/// The queue under <see cref="SimClock"/>: a 4-ary min-heap on (time, sequence), so equal times come out
/// first-in first-out. The heap moves only plain keys (time, sequence and the index of the entry's
/// payload); an entry's target and message stay in side arrays from when it is put in until it is taken
/// out. Moving an entry up or down the heap therefore copies no object reference, each of which would pass
/// through the garbage collector's write barrier (a queue of entries holding references pays one per
/// reference at every level an entry moves).
/// </summary>
public sealed class EventCalendar
{
    private Key[] _heap;
    private object?[] _targets;
    private object?[] _messages;
    private int[] _free;
    private int _freeCount;
    private int _payloads;

    public EventCalendar(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _heap = new Key[capacity];
        _targets = new object?[capacity];
        _messages = new object?[capacity];
        _free = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>The time of the earliest entry; only while <see cref="Count"/> is above zero.</summary>
    public double EarliestTime => Count > 0 ? _heap[0].Time : throw new InvalidOperationException("the calendar is empty");

    public void Enqueue(double time, long sequence, object target, object message)
    {
        var payload = TakePayload();
        _targets[payload] = target;
        _messages[payload] = message;
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, 2 * _heap.Length);
        }
        var entry = new Key(time, sequence, payload);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 2;
            if (!entry.Before(_heap[parent]))
            {
                break;
            }
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = entry;
    }

    /// <summary>Takes out the earliest entry; only while <see cref="Count"/> is above zero.</summary>
    public (object Target, object Message) Dequeue()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("the calendar is empty");
        }
        var payload = _heap[0].Payload;
        var taken = (_targets[payload]!, _messages[payload]!);
        _targets[payload] = null;
        _messages[payload] = null;
        _free[_freeCount++] = payload;
        var last = _heap[--Count];
        if (Count > 0)
        {
            SiftDown(last, 0);
        }
        return taken;
    }

    /// <summary>
    /// Takes out every entry whose message <paramref name="stale"/> says is dead and rebuilds the heap of
    /// the rest (in O(n)); returns how many went. The rest come out in the same order as before.
    /// </summary>
    public int RemoveWhere(Func<object, bool> stale)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var payload = _heap[i].Payload;
            if (stale(_messages[payload]!))
            {
                _targets[payload] = null;
                _messages[payload] = null;
                _free[_freeCount++] = payload;
            }
            else
            {
                _heap[kept++] = _heap[i];
            }
        }
        var removed = Count - kept;
        Count = kept;
        for (var i = (Count - 2) >> 2; i >= 0; i--)
        {
            SiftDown(_heap[i], i);
        }
        return removed;
    }

    /// <summary>Puts <paramref name="entry"/> at <paramref name="i"/> or below, where it belongs among the children.</summary>
    private void SiftDown(Key entry, int i)
    {
        var heap = _heap.AsSpan(0, Count);
        while (true)
        {
            var first = (i << 2) + 1;
            if (first >= heap.Length)
            {
                break;
            }
            var children = heap.Slice(first, Math.Min(4, heap.Length - first));
            var best = 0;
            for (var c = 1; c < children.Length; c++)
            {
                if (children[c].Before(children[best]))
                {
                    best = c;
                }
            }
            if (!children[best].Before(entry))
            {
                break;
            }
            heap[i] = children[best];
            i = first + best;
        }
        heap[i] = entry;
    }

    /// <summary>A payload slot: one freed by an earlier delivery, or a new one (the side arrays grow as the calendar's peak does).</summary>
    private int TakePayload()
    {
        if (_freeCount > 0)
        {
            return _free[--_freeCount];
        }
        if (_payloads == _targets.Length)
        {
            var size = 2 * _targets.Length;
            Array.Resize(ref _targets, size);
            Array.Resize(ref _messages, size);
            Array.Resize(ref _free, size);
        }
        return _payloads++;
    }

    /// <summary>Time and sequence of an entry, and where its target and message are.</summary>
    private readonly record struct Key(double Time, long Sequence, int Payload)
    {
        /// <summary>Earlier time, or the same time and put in earlier. Times are never NaN (the clock refuses them).</summary>
        public bool Before(in Key other) => Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
    }
}

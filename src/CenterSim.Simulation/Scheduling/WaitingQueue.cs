using System.Collections;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// A pool's waiting jobs in arrival order, indexable as policies need. Jobs leave mostly from the front
/// (first in, first out), which costs O(1) here: the list keeps an offset and compacts only when the
/// dead front outgrows the live part. Taking jobs from the middle (backfilling) compacts once per pass;
/// a job taken alone (<see cref="Remove"/>) leaves a hole, filled when the holes outnumber the jobs or
/// the queue is next read by position. For a policy that takes jobs in the order of a key, the queue
/// also files its jobs by (key, place in the queue) (<see cref="InOrder"/>), so a pass need not sort. A
/// job's place is its slot in the list: slots move when the list compacts or a job is put back, but
/// never past each other, so the filing stays in order.
/// </summary>
public sealed class WaitingQueue : IReadOnlyList<JobState>
{
    private readonly List<JobState?> _items = new();
    private readonly SortedSet<JobState>? _ordered;
    private int _head;
    private int _holes;
    private ExactSum _declared;
    private readonly GangSizes _sizes = new();

    /// <param name="orderKey">the key a policy takes jobs by (ties by place in the queue), or null to keep no such index</param>
    public WaitingQueue(Func<JobState, double>? orderKey = null)
    {
        _ordered = orderKey is null ? null : new SortedSet<JobState>(new QueueOrderComparer(orderKey));
    }

    public int Count => _items.Count - _head - _holes;

    public JobState this[int index]
    {
        get
        {
            if (_holes > 0)
            {
                Compact();
            }
            return _items[_head + index]!;
        }
    }

    /// <summary>Σ chips × declared runtime of the waiting jobs (chip-seconds), kept as they come and go.</summary>
    public double DeclaredChipSeconds => _declared.Value;

    /// <summary>The fewest chips any waiting job asks for (int.MaxValue when none waits): with fewer free, nothing can start.</summary>
    public int SmallestChips => _sizes.Smallest;

    /// <summary>The jobs by the policy's key, then by place in the queue; null when no key was given.</summary>
    public IEnumerable<JobState>? InOrder => _ordered;

    public void Add(JobState job)
    {
        job.QueueSlot = _items.Count;
        _items.Add(job);
        File(job);
    }

    /// <summary>Puts a job back in its arrival place (ids are arrival order): before the first job with a larger id.</summary>
    public void Insert(JobState job)
    {
        if (_holes > 0)
        {
            Compact();
        }
        var at = _items.FindIndex(_head, q => q!.Id > job.Id);
        if (at < 0)
        {
            Add(job);
            return;
        }
        if (at == _head && _head > 0)
        {
            _items[--_head] = job;
            job.QueueSlot = _head;
        }
        else
        {
            _items.Insert(at, job);
            Reslot(at);
        }
        File(job);
    }

    /// <summary>Takes one job out, wherever it is.</summary>
    public void Remove(JobState job)
    {
        var slot = job.QueueSlot;
        if (slot < _head || slot >= _items.Count || !ReferenceEquals(_items[slot], job))
        {
            throw new InvalidOperationException($"job {job.Id} is not waiting");
        }
        Unfile(job);
        _items[slot] = null;
        job.QueueSlot = -1;
        if (slot == _head)
        {
            _head++;
            SkipFrontHoles();
        }
        else
        {
            _holes++;
        }
        if (_holes > Count)
        {
            Compact();
        }
        else
        {
            TrimFront();
        }
    }

    /// <summary>Removes the jobs at these positions (ascending, as a policy pass decided them).</summary>
    public void RemoveAt(ReadOnlySpan<int> positions)
    {
        if (_holes > 0)
        {
            Compact();
        }
        var prefix = 0;
        while (prefix < positions.Length && positions[prefix] == prefix)
        {
            prefix++;
        }
        foreach (var p in positions)
        {
            var job = _items[_head + p]!;
            Unfile(job);
            job.QueueSlot = -1;
            _items[_head + p] = null;
        }
        if (prefix == positions.Length)
        {
            _head += prefix;
            TrimFront();
            return;
        }
        _items.RemoveAll(static j => j is null);
        _head = 0;
        Reslot(0);
    }

    public IEnumerator<JobState> GetEnumerator()
    {
        for (var i = _head; i < _items.Count; i++)
        {
            if (_items[i] is { } job)
            {
                yield return job;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void File(JobState job)
    {
        _declared.Add(job.RuntimeSeconds, job.Chips);
        _sizes.Add(job.Chips);
        if (_ordered is not null)
        {
            _ordered.Add(job);
        }
    }

    private void Unfile(JobState job)
    {
        _declared.Subtract(job.RuntimeSeconds, job.Chips);
        _sizes.Remove(job.Chips);
        _ordered?.Remove(job);
    }

    private void SkipFrontHoles()
    {
        while (_holes > 0 && _head < _items.Count && _items[_head] is null)
        {
            _head++;
            _holes--;
        }
    }

    private void TrimFront()
    {
        if (_head > 1024 && _head > Count + _holes)
        {
            _items.RemoveRange(0, _head);
            _head = 0;
            Reslot(0);
        }
    }

    private void Compact()
    {
        _items.RemoveAll(static j => j is null);
        _head = 0;
        _holes = 0;
        Reslot(0);
    }

    private void Reslot(int from)
    {
        for (var i = from; i < _items.Count; i++)
        {
            if (_items[i] is { } job)
            {
                job.QueueSlot = i;
            }
        }
    }
}

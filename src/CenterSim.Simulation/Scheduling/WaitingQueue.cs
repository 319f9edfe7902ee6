using System.Collections;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// A pool's waiting jobs in arrival order, indexable as policies need. Jobs leave mostly from the front
/// (first in, first out), which costs O(1) here: the list keeps an offset and compacts only when the
/// dead front outgrows the live part. Taking jobs from the middle (backfilling) compacts once per pass.
/// </summary>
public sealed class WaitingQueue : IReadOnlyList<JobState>
{
    private readonly List<JobState?> _items = new();
    private int _head;

    public int Count => _items.Count - _head;

    public JobState this[int index] => _items[_head + index]!;

    public void Add(JobState job) => _items.Add(job);

    /// <summary>Puts a job back in its arrival place (ids are arrival order).</summary>
    public void Insert(JobState job)
    {
        var at = _items.FindIndex(_head, q => q!.Id > job.Id);
        if (at < 0)
        {
            _items.Add(job);
        }
        else if (at == _head && _head > 0)
        {
            _items[--_head] = job;
        }
        else
        {
            _items.Insert(at, job);
        }
    }

    public void Remove(JobState job)
    {
        var at = _items.IndexOf(job, _head);
        RemoveAt(new[] { at - _head });
    }

    /// <summary>Removes the jobs at these positions (ascending, as a policy pass decided them).</summary>
    public void RemoveAt(IReadOnlyList<int> positions)
    {
        var prefix = 0;
        while (prefix < positions.Count && positions[prefix] == prefix)
        {
            prefix++;
        }
        if (prefix == positions.Count)
        {
            for (var i = 0; i < prefix; i++)
            {
                _items[_head + i] = null;
            }
            _head += prefix;
            if (_head > 1024 && _head > Count)
            {
                _items.RemoveRange(0, _head);
                _head = 0;
            }
            return;
        }
        foreach (var p in positions)
        {
            _items[_head + p] = null;
        }
        _items.RemoveAll(static j => j is null);
        _head = 0;
    }

    public IEnumerator<JobState> GetEnumerator()
    {
        for (var i = _head; i < _items.Count; i++)
        {
            yield return _items[i]!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Which running jobs hold chips on each server of the center, kept as jobs start and stop, and (when
/// asked to track changes) what changed since a reader last looked: the servers whose jobs changed and
/// the jobs started. Throttling reads the changes to bring only those servers and jobs up to date after a
/// change, and a failed server's jobs are found here, so neither costs a walk over every running job.
/// </summary>
public sealed class ServerJobs
{
    private static readonly IReadOnlyList<JobState> None = Array.Empty<JobState>();
    private readonly List<JobState>?[] _jobs;
    private readonly bool[] _dirty;
    private readonly List<int> _dirtyServers = new();
    private readonly bool _track;

    /// <param name="trackChanges">keep <see cref="DirtyServers"/> and <see cref="Started"/> (a reader must then <see cref="Forget"/> them after each look)</param>
    public ServerJobs(int servers, bool trackChanges)
    {
        _jobs = new List<JobState>?[servers];
        _dirty = new bool[servers];
        _track = trackChanges;
    }

    /// <summary>Jobs started since the last <see cref="Forget"/> (some may have stopped again since).</summary>
    public List<JobState> Started { get; } = new();

    /// <summary>Servers whose jobs changed since the last <see cref="Forget"/>, each once, in order of first change.</summary>
    public IReadOnlyList<int> DirtyServers => _dirtyServers;

    /// <summary>The running jobs holding chips on center server <paramref name="server"/>, in no particular order.</summary>
    public IReadOnlyList<JobState> On(int server) => _jobs[server] ?? None;

    /// <summary>A job has started on its grants (pool servers numbered from <paramref name="firstServer"/>).</summary>
    public void Add(JobState job, int firstServer)
    {
        foreach (var g in job.Grants)
        {
            var s = firstServer + g.Server;
            (_jobs[s] ??= new List<JobState>(2)).Add(job);
            MarkDirty(s);
        }
        if (_track)
        {
            Started.Add(job);
        }
    }

    /// <summary>A job is stopping: it no longer holds the chips of its grants.</summary>
    public void Remove(JobState job, int firstServer)
    {
        foreach (var g in job.Grants)
        {
            var s = firstServer + g.Server;
            if (_jobs[s]?.Remove(job) != true)
            {
                throw new InvalidOperationException($"job {job.Id} stopped on server {s}, where it held no chips");
            }
            MarkDirty(s);
        }
    }

    /// <summary>
    /// A job moved in its pool's running list: the loads of its servers, summed over their jobs in that
    /// list's order, are summed in a new order, which can move their last bit.
    /// </summary>
    public void Moved(JobState job, int firstServer)
    {
        foreach (var g in job.Grants)
        {
            MarkDirty(firstServer + g.Server);
        }
    }

    public void MarkDirty(int server)
    {
        if (_track && !_dirty[server])
        {
            _dirty[server] = true;
            _dirtyServers.Add(server);
        }
    }

    /// <summary>Forgets the changes seen so far.</summary>
    public void Forget()
    {
        foreach (var s in _dirtyServers)
        {
            _dirty[s] = false;
        }
        _dirtyServers.Clear();
        Started.Clear();
    }
}

using System.Diagnostics;
using CenterSim.Scenarios;
using CenterSim.Simulation.Events;
using CenterSim.Simulation.Infrastructure;

namespace CenterSim.Classroom;

/// <summary>
/// Runs a lesson's scenario (with what-if overrides, applied as <c>--set</c> paths are) with the event
/// recorder on, one run at a time, and keeps the playbacks already made.
/// </summary>
public sealed class LessonRunner(string lessonsDir)
{
    /// <summary>How many playbacks are kept (each a few MB); the oldest goes first.</summary>
    public const int Kept = 32;

    private readonly Dictionary<string, Playback> _cache = new();
    private readonly Queue<string> _order = new();
    private readonly SemaphoreSlim _one = new(1, 1);

    public string LessonsDir => lessonsDir;

    /// <summary>The playback of a scenario file (a lesson's or any other), or the scenario's problems as FILE:LINE:COL lines.</summary>
    public static (Playback? Playback, IReadOnlyList<string> Errors) RunFile(string path, string name, string title, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var load = ScenarioLoader.LoadFile(path, overrides);
        if (!load.Ok || load.Spec is null)
        {
            return (null, load.Errors.Select(e => e.ToString()).ToList());
        }
        var spec = load.Spec;
        var watch = Stopwatch.StartNew();
        var (result, events) = RecordedRun.Run(spec, 0);
        var seconds = watch.Elapsed.TotalSeconds;
        var racks = new List<PlaybackRack>();
        var centers = spec.Network?.Centers ?? new[] { spec.Center };
        var serverOffset = new int[centers.Count];
        var rackOffset = new int[centers.Count];
        for (var c = 0; c < centers.Count; c++)
        {
            serverOffset[c] = racks.Sum(r => r.Servers);
            rackOffset[c] = racks.Count;
            foreach (var pool in CenterLayout.For(spec with { Center = centers[c] }).Pools)
            {
                for (var r = 0; r < pool.Racks; r++)
                {
                    racks.Add(new PlaybackRack(centers[c].Name, serverOffset[c] + pool.FirstServer + r * pool.ServersPerRack, pool.ServersPerRack, pool.ChipsPerServer));
                }
            }
        }
        // The page numbers servers and racks across the centers of a network run.
        SimEvent Global(SimEvent e) => e.Center is not { } c || e.Kind == "routed" ? e : e with
        {
            Servers = e.Servers?.Select(s => s + serverOffset[c]).ToArray(),
            Server = e.Server + serverOffset[c],
            Rack = e.Rack + rackOffset[c],
        };
        var power = spec.Infrastructure.Power;
        var summary = result.Metrics.Where(m => double.IsFinite(m.Value)).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First().Value);
        var duration = spec.Stop.DurationSeconds ?? (events.Count > 0 ? events[^1].T : 0);
        return (new Playback(name, title, racks, power?.RackCapKw ?? power?.FacilityBudgetKw, duration,
            events.Select(e => new PlaybackEvent(Global(e), Narrator.Line(e))).ToList(), summary, seconds, centers.Count), Array.Empty<string>());
    }

    public async Task<(Playback? Playback, IReadOnlyList<string> Errors)> Run(Lesson lesson, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var key = lesson.Name + "|" + string.Join("|", overrides.Select(o => o.Key + "=" + o.Value));
        await _one.WaitAsync();
        try
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return (cached, Array.Empty<string>());
            }
            var made = await Task.Run(() => RunFile(Path.Combine(lessonsDir, lesson.File), lesson.Name, lesson.TitleEn + " / " + lesson.TitleZh, overrides));
            if (made.Playback is { } p)
            {
                _cache[key] = p;
                _order.Enqueue(key);
                if (_order.Count > Kept)
                {
                    _cache.Remove(_order.Dequeue());
                }
            }
            return made;
        }
        finally
        {
            _one.Release();
        }
    }
}

using CenterSim.Simulation.Runner;
using Spectre.Console;

namespace CenterSim.Cli;

/// <summary>
/// Shows runs done and time left: a live bar on an interactive console, plain lines otherwise
/// (CI logs, pipes). The bar also moves within a replication, by the simulated time of the runs under
/// way, and names how far the leading one is; without a bar the same goes to stderr every 10 s when
/// stderr is a terminal. It only reports; the work runs on its own threads.
/// </summary>
public static class Progress
{
    public static T Run<T>(int total, string title, Func<Action<int>, T> work)
    {
        var done = 0;
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(title), maxValue: total);
                    using var timer = new Timer(_ =>
                    {
                        var live = LiveRuns.Snapshot();
                        task.Value = Math.Min(total, Volatile.Read(ref done) + live.Sum(p => p.Fraction));
                        // The title gives way to the leading run's position while runs are under way: a narrow console cuts long lines.
                        task.Description = Markup.Escape(live.Count == 0 ? title : $"{live[0].Scenario}, {Where(live[0])}");
                    }, null, 500, 500);
                    return work(n =>
                    {
                        Volatile.Write(ref done, n);
                        task.Value = n;
                    });
                });
        }
        Console.WriteLine(title);
        var gate = new object();
        using var lines = Console.IsErrorRedirected ? null : new Timer(_ =>
        {
            foreach (var p in LiveRuns.Snapshot())
            {
                Console.Error.WriteLine($"  {p.Scenario}, {Where(p)}");
            }
        }, null, 10_000, 10_000);
        return work(n =>
        {
            lock (gate)
            {
                Console.WriteLine($"  run {n}/{total} done");
            }
        });
    }

    /// <summary>"replication 3: day 12.5/30", or "replication 3: day 12.5" for a job-count stop.</summary>
    private static string Where(LiveRuns.Position p)
    {
        var day = p.NowSeconds / 86400;
        return p.EndSeconds is { } end
            ? $"replication {p.Replication}: day {day:F1}/{end / 86400:F0}"
            : $"replication {p.Replication}: day {day:F1}";
    }
}

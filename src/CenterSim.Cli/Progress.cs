using Spectre.Console;

namespace CenterSim.Cli;

/// <summary>
/// Shows runs done and time left: a live bar on an interactive console, plain lines otherwise
/// (CI logs, pipes). It only reports; the work runs on its own threads.
/// </summary>
public static class Progress
{
    public static T Run<T>(int total, string title, Func<Action<int>, T> work)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(title), maxValue: total);
                    return work(done => task.Value = done);
                });
        }
        Console.WriteLine(title);
        var gate = new object();
        return work(done =>
        {
            lock (gate)
            {
                Console.WriteLine($"  run {done}/{total} done");
            }
        });
    }
}

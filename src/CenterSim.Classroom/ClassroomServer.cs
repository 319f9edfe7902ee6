using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CenterSim.Classroom;

/// <summary>
/// The classroom web app on 127.0.0.1: the page (embedded), the lessons, a lesson's run as JSON
/// (<c>/api/run</c>, for what-ifs) and its events paced at a chosen speed as server-sent events (<c>/api/stream</c>).
/// Query: <c>lesson=NAME</c>, <c>set=KEY=VALUE</c> (repeatable, a scenario override), <c>speed=</c> simulated hours per second.
/// </summary>
public static class ClassroomServer
{
    public static WebApplication Build(string lessonsDir, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var runner = new LessonRunner(lessonsDir);
        app.MapGet("/", () => Results.Text(PageAssets.Page(null), "text/html; charset=utf-8"));
        app.MapGet("/api/lessons", () => Results.Json(LessonCatalog.All, PageAssets.Json));
        app.MapGet("/api/run", async (HttpContext http) =>
        {
            var (lesson, overrides, bad) = Query(http);
            if (bad is not null)
            {
                return bad;
            }
            var (playback, errors) = await runner.Run(lesson!, overrides);
            return playback is null ? Results.BadRequest(string.Join("\n", errors)) : Results.Json(playback, PageAssets.Json);
        });
        app.MapGet("/api/stream", async (HttpContext http) =>
        {
            var (lesson, overrides, bad) = Query(http);
            if (bad is not null)
            {
                await bad.ExecuteAsync(http);
                return;
            }
            var (playback, errors) = await runner.Run(lesson!, overrides);
            if (playback is null)
            {
                http.Response.StatusCode = 400;
                await http.Response.WriteAsync(string.Join("\n", errors));
                return;
            }
            var speed = double.TryParse(http.Request.Query["speed"], System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 24;
            await EventStream.Send(http, playback, speed);
        });
        return app;
    }

    /// <summary>Starts the app, says where it listens, and serves until Ctrl+C.</summary>
    public static void Serve(string lessonsDir, int port, Action<string> started)
    {
        using var app = Build(lessonsDir, port);
        app.Start();
        started(app.Urls.First());
        app.WaitForShutdown();
    }

    private static (Lesson? Lesson, List<KeyValuePair<string, string>> Overrides, IResult? Bad) Query(HttpContext http)
    {
        var name = http.Request.Query["lesson"].ToString();
        if (LessonCatalog.Find(name) is not { } lesson)
        {
            return (null, new(), Results.NotFound($"no lesson '{name}'; lessons: {string.Join(", ", LessonCatalog.All.Select(l => l.Name))}"));
        }
        var overrides = new List<KeyValuePair<string, string>>();
        foreach (var set in http.Request.Query["set"])
        {
            var eq = set?.IndexOf('=') ?? -1;
            if (eq <= 0)
            {
                return (null, new(), Results.BadRequest($"set '{set}': expected KEY=VALUE"));
            }
            overrides.Add(new(set![..eq], set[(eq + 1)..]));
        }
        return (lesson, overrides, null);
    }
}

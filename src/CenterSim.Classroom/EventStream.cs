using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CenterSim.Classroom;

/// <summary>
/// Sends a playback as server-sent events: first <c>event: start</c> with the layout and summary, then
/// each recorded event (<c>data:</c> one JSON object) when its simulated time comes at <c>speed</c>
/// simulated hours per wall-clock second, then <c>event: end</c>.
/// </summary>
public static class EventStream
{
    public static async Task Send(HttpContext http, Playback playback, double speed)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var abort = http.RequestAborted;
        await Write(http, "start", JsonSerializer.Serialize(playback with { Events = Array.Empty<PlaybackEvent>() }, PageAssets.Json), abort);
        var started = DateTime.UtcNow;
        foreach (var e in playback.Events)
        {
            var due = started.AddSeconds(e.Event.T / 3600 / speed);
            var wait = due - DateTime.UtcNow;
            if (wait > TimeSpan.FromMilliseconds(15))
            {
                await Task.Delay(wait, abort);
            }
            await Write(http, null, JsonSerializer.Serialize(e, PageAssets.Json), abort);
        }
        await Write(http, "end", "{}", abort);
    }

    private static async Task Write(HttpContext http, string? kind, string json, CancellationToken abort)
    {
        var text = (kind is null ? "" : $"event: {kind}\n") + $"data: {json}\n\n";
        await http.Response.WriteAsync(text, abort);
        await http.Response.Body.FlushAsync(abort);
    }
}

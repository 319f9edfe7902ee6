using CenterSim.Classroom;
using CenterSim.Tests.Scenarios;
using PuppeteerSharp;

namespace CenterSim.Tests.Classroom;

/// <summary>The replay page is one offline file: chromium opens it from disk with no server, and it plays the embedded run.</summary>
public class ReplayPageTests
{
    [Fact]
    public async Task A_replay_page_plays_its_embedded_events_offline()
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is missing: install it with `apt-get update && apt-get install -y chromium` (.ci/run does)");
        var file = Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "classroom", "power-cap.yaml");
        var (playback, errors) = LessonRunner.RunFile(file, "power-cap", "power cap", Array.Empty<KeyValuePair<string, string>>());
        Assert.Empty(errors);
        var html = PageAssets.Page(playback);
        Assert.DoesNotContain("http://", html.Replace("http://127.0.0.1", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var dir = Directory.CreateTempSubdirectory("replay");
        var path = Path.Combine(dir.FullName, "replay.html");
        await File.WriteAllTextAsync(path, html);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" },
        });
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync("file://" + path);
        await page.SelectAsync("#speed", "500");
        await page.ClickAsync("#play");
        var total = playback!.Events.Count;
        await page.WaitForFunctionAsync($"() => +document.body.dataset.applied === {total}", new WaitForFunctionOptions { Timeout = 15000 });
        // The last hourly snapshot is the run's: the page's profit is the recorded one.
        var profit = await page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('#money tr')].pop().cells[1].textContent");
        var last = playback.Events.Last(e => e.Event.Kind == "money").Event.Money!.ProfitYuan;
        Assert.Equal(Math.Round(last!.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), profit);
        dir.Delete(true);
    }
}

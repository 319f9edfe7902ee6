using CenterSim.Classroom;
using CenterSim.Tests.Scenarios;
using Microsoft.AspNetCore.Builder;
using PuppeteerSharp;

namespace CenterSim.Tests.Classroom;

/// <summary>
/// The classroom in a real browser: Debian's headless chromium loads the page from the app on a free
/// loopback port, plays each lesson, moves a slider and checks that the animation advanced and the
/// chart gained the what-if line. A screenshot of each lesson goes to a temporary folder, or to the folder
/// CENTERSIM_SCREENSHOTS names (results/classroom/ for the committed ones).
/// </summary>
public class ClassroomBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static TheoryData<string, string> Lessons() => new()
    {
        { "unfinished-building", "policies.pricing.yuan_per_chip_hour" },
        { "well-run-center", "centers.0.racks.count" },
        { "vouchers", "market.vouchers.share" },
        { "power-cap", "infrastructure.power.rack_cap_kw" },
        { "east-to-west", "centers.1.pricing.yuan_per_chip_hour" },
    };

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task A_lesson_plays_and_a_slider_reruns_it(string lesson, string sliderKey)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install it with `apt-get update && apt-get install -y chromium` (.ci/run does)");
        var root = ScenarioTexts.RepositoryRoot();
        await using var app = ClassroomServer.Build(Path.Combine(root, "scenarios", "classroom"), 0);
        await app.StartAsync();
        var url = app.Urls.First();
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" },
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 900 });
        await page.GoToAsync(url);
        await page.WaitForSelectorAsync($"#lesson option[value='{lesson}']");
        await page.SelectAsync("#lesson", lesson);
        await page.SelectAsync("#speed", "72");
        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => +(document.body.dataset.applied || 0) > 20 && document.querySelector('#clock').textContent !== 'day 0 00:00'",
            new WaitForFunctionOptions { Timeout = 20000 });
        var clockBefore = await page.EvaluateExpressionAsync<string>("document.querySelector('#clock').textContent");
        var appliedBefore = await page.EvaluateExpressionAsync<int>("+document.body.dataset.applied");
        await page.EvaluateExpressionAsync($$"""
            (() => { const i = document.querySelector("#sliders input[data-key='{{sliderKey}}']");
              i.value = (+i.min + +i.value) / 2; i.dispatchEvent(new Event('input')); i.dispatchEvent(new Event('change')); })()
            """);
        await page.WaitForFunctionAsync("() => document.querySelector('#whatif').dataset.state === 'done'", new WaitForFunctionOptions { Timeout = 20000 });
        await page.WaitForFunctionAsync("() => document.querySelector('#chart').dataset.lines === '3'", new WaitForFunctionOptions { Timeout = 20000 });
        await page.WaitForFunctionAsync($"() => +document.body.dataset.applied > {appliedBefore}", new WaitForFunctionOptions { Timeout = 10000 });
        var rerunMs = await page.EvaluateExpressionAsync<int>("+document.querySelector('#whatif').dataset.ms");
        Console.WriteLine($"classroom: {lesson}: slider rerun {rerunMs} ms from change to chart");
        var afterPoints = await page.EvaluateExpressionAsync<int>("+document.querySelector('#chart').dataset.after");
        var appliedAfter = await page.EvaluateExpressionAsync<int>("+document.body.dataset.applied");
        var clockAfter = await page.EvaluateExpressionAsync<string>("document.querySelector('#clock').textContent");
        Assert.True(afterPoints >= 24, $"the what-if line has {afterPoints} hourly points");
        Assert.True(appliedAfter > appliedBefore, $"the animation did not advance: {appliedBefore} then {appliedAfter} events");
        Assert.NotEqual(clockBefore, clockAfter);
        var narration = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#narration li').length");
        Assert.True(narration > 0, "no narration line was shown");
        // The committed screenshots under results/classroom are refreshed on purpose
        // (CENTERSIM_SCREENSHOTS=results/classroom); an ordinary test run leaves them alone.
        var dir = Environment.GetEnvironmentVariable("CENTERSIM_SCREENSHOTS") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen, root)
            : Path.Combine(Path.GetTempPath(), "centersim-classroom-screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(Path.Combine(dir, lesson + ".jpeg"), new ScreenshotOptions { Type = ScreenshotType.Jpeg, Quality = 45 });
        await app.StopAsync();
    }
}

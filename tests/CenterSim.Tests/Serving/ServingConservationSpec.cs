namespace CenterSim.Tests.Serving;

/// <summary>Every request is accounted for, the same seed gives the same run, and the stream's rate is the one asked for.</summary>
public class ServingConservationSpec
{
    [Fact]
    public void Arrived_requests_are_served_dropped_or_in_flight()
    {
        // One fixed replica against 20 requests a second, with room for 50 waiting: most are dropped.
        var run = ServingTexts.Run(ServingTexts.Text("harvest", "{ policy: fixed, replicas: 1, warmup: 3m }", maxQueue: 50));
        var arrived = run["serving_requests_arrived"];
        Assert.True(run["serving_requests_dropped"] > 0.2 * arrived);
        Assert.True(run["serving_requests_in_flight"] > 0);
        Assert.Equal(arrived, run["serving_requests_served"] + run["serving_requests_dropped"] + run["serving_requests_in_flight"]);
        // Thinning: 20/s x 0.05 for 6 h plus 20/s for 3 h = 237,600 expected; Poisson, sd about 487.
        Assert.InRange(arrived, 237_600 - 2_500, 237_600 + 2_500);
        Assert.Equal(arrived * 500, run["serving_mean_prompt_tokens"] * arrived);
    }

    [Fact]
    public void The_same_seed_gives_the_same_metrics()
    {
        var text = ServingTexts.Text();
        var a = ServingTexts.Run(text);
        var b = ServingTexts.Run(text);
        Assert.Equal(a.Metrics, b.Metrics);
    }

    [Fact]
    public void Two_services_report_under_their_names_and_share_the_center()
    {
        var text = ServingTexts.Text("harvest", "{ policy: fixed, replicas: 1, warmup: 3m }");
        var start = text.IndexOf("    - name: chat", StringComparison.Ordinal);
        var end = text.IndexOf("policies:", StringComparison.Ordinal);
        var second = text[start..end].Replace("name: chat", "name: code", StringComparison.Ordinal).Replace("arrivals_per_second: 20", "arrivals_per_second: 5", StringComparison.Ordinal);
        var run = ServingTexts.Run(text.Insert(end, second));
        Assert.Equal(1, run["chat.serving_mean_replicas"], 6);
        Assert.Equal(1, run["code.serving_mean_replicas"], 6);
        Assert.True(run["chat.serving_requests_arrived"] > 3 * run["code.serving_requests_arrived"]);
        // The center's sharing figures are reported once: one replica of 8 chips each for 9 hours.
        Assert.Equal(144, run["serving_chip_hours"], 6);
        Assert.DoesNotContain(run.Metrics, m => m.Name == "serving_mean_replicas");
    }
}

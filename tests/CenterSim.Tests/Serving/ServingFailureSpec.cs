namespace CenterSim.Tests.Serving;

/// <summary>Servers that fail take their replicas with them: requests are served elsewhere or wait, none is lost, and the partition keeps its servers.</summary>
public class ServingFailureSpec
{
    private const string Failures = """
        infrastructure:
          failures:
            chip_mtbf: 1000000h
            server_mtbf: 6h
            chip_repair: 1h
            server_repair: 1h
            checkpoint_interval: 1h
            checkpoint_write: 1m
            restart: 2m
        serving:
        """;

    private static string Failing(string sharing) => ServingTexts.Text(sharing).Replace("serving:\n", Failures + "\n", StringComparison.Ordinal);

    [Theory]
    [InlineData("harvest")]
    [InlineData("{ name: partition, serving_share: 0.75 }")]
    public void Replicas_lost_with_their_servers_are_replaced_and_every_request_is_accounted_for(string sharing)
    {
        var run = ServingTexts.Run(Failing(sharing));
        // 4 servers failing every 6 h on average for 9 h: about 6 failures, each down 1 h.
        Assert.True(run["serving_replicas_lost"] >= 1, $"lost {run["serving_replicas_lost"]} replicas");
        Assert.Equal(0, ServingTexts.Run(ServingTexts.Text(sharing))["serving_replicas_lost"]);
        var arrived = run["serving_requests_arrived"];
        Assert.Equal(arrived, run["serving_requests_served"] + run["serving_requests_dropped"] + run["serving_requests_in_flight"]);
        Assert.True(run["serving_requests_served"] > 0.95 * arrived, $"served {run["serving_requests_served"]} of {arrived}");
        var calm = ServingTexts.Run(ServingTexts.Text(sharing));
        // Losing replicas costs replica-hours of warm-up again, and latency.
        Assert.NotEqual(calm["serving_replica_hours"], run["serving_replica_hours"]);
        Assert.True(run["serving_ttft_p99_s"] >= calm["serving_ttft_p99_s"]);
    }
}

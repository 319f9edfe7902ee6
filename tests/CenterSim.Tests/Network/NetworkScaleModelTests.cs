using CenterSim.Cli;
using CenterSim.Scenarios.Benchmark;
using CenterSim.Simulation.Benchmark;
using CenterSim.Simulation.Runner;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>The generated network of <c>bench --network</c>, at 4 racks a hub (256 chips, the largest gang) for 2 days.</summary>
public class NetworkScaleModelTests
{
    private static readonly string[] Hubs = { "jingjinji", "changsanjiao", "yuegangao", "qingyang", "guian", "helinger" };

    [Fact]
    public void Six_hubs_of_the_given_racks_at_an_offered_load_of_0_9()
    {
        var spec = NetworkScaleModel.Spec(4, 2);
        var network = spec.Network!;
        Assert.Equal(Hubs, network.Centers.Select(c => c.Name));
        Assert.Equal(9, network.Links.Count);
        Assert.Equal(6 * 4 * 64, NetworkScaleBenchmark.Chips(spec));
        Assert.Equal(3 * 86400.0, spec.Stop.DurationSeconds);
        Assert.Equal(86400.0, spec.Stop.WarmupSeconds);
        double Offered(IEnumerable<Model.Scenario.TenantGroupSpec> groups) =>
            groups.Sum(t => t.Count * t.Training.ArrivalsPerHour * t.Training.ChipHours.Mean);
        Assert.Equal(0.9 * 1536, Offered(spec.Tenants), 9);
        Assert.Equal(1.2 * 256, Offered(spec.Tenants.Where(t => t.Region == "beijing-tianjin-hebei")), 9);
        Assert.Equal(0.6 * 256, Offered(spec.Tenants.Where(t => t.Region == "gansu")), 9);
        // A hub smaller than the largest gang is no valid scenario, and the model says so instead of running it.
        var e = Assert.Throws<InvalidOperationException>(() => NetworkScaleModel.Spec(3, 2));
        Assert.Contains("256", e.Message, StringComparison.Ordinal);
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, CliApp.Run(new[] { "bench", "--network", "--hub-racks", "3" }, error));
        Assert.Contains("--hub-racks must be a whole number from 4 to 20000", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_run_is_deterministic_and_places_every_job_it_counts()
    {
        var spec = NetworkScaleModel.Spec(4, 2);
        var measured = NetworkScaleBenchmark.Run(spec);
        var again = SimulationRunner.Run(spec, 0);
        Assert.Equal(measured.Events, (long)again["events"]);
        Assert.Equal(measured.JobsSubmitted, (long)again["jobs_submitted"]);
        Assert.Equal(6, measured.Hubs);
        Assert.Equal(1536, measured.Chips);
        // Poisson arrivals: 0.9 x 1,536 chips / 40 chip-hours = 34.56 jobs an hour over the 48 measured hours, within 4 sd.
        var expected = 34.56 * 48;
        Assert.InRange(measured.JobsSubmitted, expected - 4 * Math.Sqrt(expected), expected + 4 * Math.Sqrt(expected));
        // Every gang fits every hub and nobody runs out of money: each measured job the hubs count was placed by the broker.
        Assert.Equal(0, again["jobs_unplaceable"]);
        Assert.Equal(0, again["jobs_rejected"]);
        Assert.Equal(again["jobs_submitted"], Hubs.Sum(h => again[h + ".jobs_placed"]));
        // The overloaded east sends work west.
        Assert.True(again["jobs_moved"] > 0);
        Assert.Equal(again["jobs_moved"] / again["jobs_submitted"], measured.JobsMovedShare, 12);
        Assert.InRange(measured.Utilization, 0.5, 1.0);
    }
}

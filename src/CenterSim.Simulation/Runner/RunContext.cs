using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Random;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// What every actor of one run shares: the scenario, the replication, the clock and the directory of
/// peers. It lives on the run's thread only. Actors report a finished result or a failure through it,
/// which is how the run loop learns to stop.
/// </summary>
public sealed class RunContext
{
    public RunContext(ScenarioSpec spec, int replication, SimClock clock)
    {
        Spec = spec;
        Replication = replication;
        Clock = clock;
    }

    public ScenarioSpec Spec { get; }

    public int Replication { get; }

    public SimClock Clock { get; }

    public RunDirectory Directory { get; } = new();

    /// <summary>Set when every measured job is accounted for (job-count stop rule).</summary>
    public bool Done { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>How many of the run's actors have started; the clock waits until all have.</summary>
    public int ActorsStarted { get; set; }

    /// <summary>How many actors the run has: itself, power budget, meter, scheduler, market, center, spine, the voucher agency (if any), racks with their servers and uplinks, generated and trace tenants, and the failure process when failures are on.</summary>
    public int ActorsExpected
    {
        get
        {
            var racks = Spec.Center.Racks;
            var agency = Spec.Market?.Vouchers is null ? 0 : 1;
            return 7 + agency + racks.Count * (racks.ServersPerRack + 2) + Spec.Tenants.Sum(t => t.Count) + (Spec.Trace?.Tenants.Count ?? 0)
                + (Spec.Infrastructure.Failures is null ? 0 : 1);
        }
    }

    public RunResult? Result { get; set; }

    /// <summary>The market's book at the end of a run with a market section, set before the meter publishes.</summary>
    public Market.MarketReport? MarketReport { get; set; }

    /// <summary>The random stream of the named actor in this replication.</summary>
    public RandomStream StreamFor(string actorName) => RandomStream.For(Spec.Seed, Replication, actorName);
}

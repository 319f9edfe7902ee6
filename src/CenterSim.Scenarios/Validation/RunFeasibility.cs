using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Validation;

/// <summary>
/// Checks that a valid-looking scenario makes a run that ends in reasonable time and memory with
/// meaningful numbers: its length, its job arrivals, its failures and the money its ledger would hold.
/// Each bound says in its message why it is there.
/// </summary>
public static class RunFeasibility
{
    /// <summary>20 years: the hourly series of one run is then 175,320 rows, and double seconds still resolve microseconds.</summary>
    public const double MaxDurationSeconds = 20 * 365.25 * SimTime.Day;

    /// <summary>Measured plus warm-up jobs of one run: each keeps a record of about 150 bytes.</summary>
    public const long MaxJobsPerRun = 10_000_000;

    /// <summary>Expected job arrivals in one run of a given duration, for the same reason.</summary>
    public const double MaxArrivalsPerRun = 5e7;

    /// <summary>Expected failures per simulated hour: each stops a server and restarts its jobs; a 100,000-chip center with a 50,000 h chip MTBF has 2.</summary>
    public const double MaxFailuresPerHour = 1000;

    /// <summary>Expected failures per checkpoint interval of the largest job beyond which it would restart e^10 times before saving any work.</summary>
    public const double MaxFailuresPerCheckpoint = 10;

    public static void Check(ScenarioSpec spec, IReadOnlyList<CenterSpec> centers, MappingNode root, NodeReader r)
    {
        var stop = spec.Stop;
        var hours = stop.DurationSeconds is { } d ? SimTime.ToHours(d) : (double?)null;
        if (stop.DurationSeconds > MaxDurationSeconds)
        {
            r.Error(Locate.Path(root, "duration"), $"'duration': at most 20 years ({Count.Of(SimTime.ToHours(MaxDurationSeconds))} h), found {Count.Of(hours!.Value)} h; a run keeps one row of time series per simulated hour");
        }
        if (stop.Jobs is { } jobs && jobs + stop.WarmupJobs > MaxJobsPerRun)
        {
            r.Error(Locate.Path(root, "stop_after_jobs"), $"'stop_after_jobs' + 'warmup_jobs' = {Count.Of(jobs + stop.WarmupJobs)} jobs, more than the {Count.Of(MaxJobsPerRun)} one run may keep records of");
        }
        var perHour = spec.Tenants.Sum(t => t.Count * t.Training.ArrivalsPerHour);
        if (hours is { } h && perHour * h > MaxArrivalsPerRun)
        {
            r.Error(Locate.Path(root, "tenants"), $"'tenants': {Count.Of(perHour)} job arrivals per hour x {Count.Of(h)} h = {Count.Of(perHour * h)} jobs expected in a run, more than the {Count.Of(MaxArrivalsPerRun)} one run may keep records of; shorten 'duration' or lower the arrival rates");
        }
        // A job-count run lasts until its jobs have arrived: at a tiny rate that is longer than any run may be.
        var toArrive = stop.Jobs is { } count && spec.Trace is null && perHour > 0 ? (count + stop.WarmupJobs) / perHour : 0;
        if (toArrive > SimTime.ToHours(MaxDurationSeconds) && stop.Jobs + stop.WarmupJobs <= MaxJobsPerRun)
        {
            r.Error(Locate.Path(root, "stop_after_jobs"), $"'stop_after_jobs': at {NodeReader.Format(perHour)} job arrivals per hour, {Count.Of(stop.Jobs!.Value + stop.WarmupJobs)} jobs take {Count.Of(toArrive)} h to arrive on average, more than the 20 years ({Count.Of(SimTime.ToHours(MaxDurationSeconds))} h) a run may last");
        }
        CheckFailures(spec, centers, root, r);
        CheckLedger(spec, centers, hours, root, r);
    }

    private static void CheckFailures(ScenarioSpec spec, IReadOnlyList<CenterSpec> centers, MappingNode root, NodeReader r)
    {
        if (spec.Infrastructure.Failures is not { } f)
        {
            return;
        }
        var section = Locate.Path(root, "infrastructure", "failures");
        var at = section is MappingNode m && m.Find("causes") is null ? Locate.Path(section, m.Find("chip_mtbf") is null ? "server_mtbf" : "chip_mtbf") : Locate.Path(section, "causes");
        double Rate(double chips, double servers) =>
            SimTime.Hour * f.Causes.Sum(c => c.Rate * (c.Per == FailureUnit.Chip ? chips : servers));
        var servers = centers.Sum(c => (double)c.Racks.Count * c.Racks.ServersPerRack);
        var chips = centers.Sum(c => (double)c.Racks.Count * c.Racks.ServersPerRack * spec.Hardware[c.Racks.ServerType].ChipsPerServer);
        var perHour = Rate(chips, servers);
        if (perHour > MaxFailuresPerHour)
        {
            r.Error(at, $"failures: {Count.Of(perHour)} expected per simulated hour over {Count.Of(chips)} chips and {Count.Of(servers)} servers, more than {Count.Of(MaxFailuresPerHour)}; the run would do little but fail and repair (give a longer MTBF)");
            return;
        }
        var largest = spec.Tenants.SelectMany(t => t.Training.ChipChoices).Concat(spec.Trace?.Jobs.Select(j => j.Chips) ?? []).DefaultIfEmpty(0).Max();
        var perServer = spec.Hardware[centers[0].Racks.ServerType].ChipsPerServer;
        var jobRate = f.JobRate(largest, perServer) * SimTime.Hour;
        var interval = f.IntervalFor(largest, perServer);
        if (largest > 0 && jobRate * SimTime.ToHours(interval) > MaxFailuresPerCheckpoint)
        {
            r.Error(at, $"failures: a job of {largest} chips would fail every {NodeReader.Format(Math.Round(60 / jobRate, 3))} minutes on average, "
                + $"{NodeReader.Format(Math.Round(jobRate * SimTime.ToHours(interval), 1))} times per 'checkpoint_interval'; it would almost never save its work and never finish");
        }
        if (largest > 0 && f.OptimalInterval && interval <= f.CheckpointWriteSeconds)
        {
            r.Error(Locate.Path(section, "checkpoint_write"), $"'checkpoint_write' ({Count.Of(f.CheckpointWriteSeconds)} s) is at least the optimal interval sqrt(2 x write x MTBF) = {Count.Of(interval)} s of a job of {largest} chips "
                + $"(MTBF {Count.Of(3600 / jobRate)} s): a job would spend more time writing checkpoints than working");
        }
    }

    /// <summary>The money a run could move must stay where the ledger's cents are exact.</summary>
    private static void CheckLedger(ScenarioSpec spec, IReadOnlyList<CenterSpec> centers, double? hours, MappingNode root, NodeReader r)
    {
        var budgets = spec.Tenants.Sum(t => t.Count * (t.BudgetYuan ?? 0));
        if (budgets > MoneyLimits.MaxLedgerYuan)
        {
            r.Error(Locate.Path(root, "tenants"), $"'tenants': budgets of {Count.Scientific(budgets, 2)} yuan in all (count x budget_yuan), more than the {Count.Scientific(MoneyLimits.MaxLedgerYuan, 0)} yuan the market's ledger counts exactly in cents");
        }
        if (hours is not { } h)
        {
            return;
        }
        var prices = centers.Select(c => c.Pricing ?? spec.Policies.Pricing).Append(spec.Policies.Pricing)
            .SelectMany(p => p.Parameters.Where(kv => kv.Key.Contains("yuan_per_chip_hour", StringComparison.Ordinal)).Select(kv => kv.Value))
            .DefaultIfEmpty(0).Max();
        var chipHours = centers.Sum(c => (double)c.Racks.Count * c.Racks.ServersPerRack * spec.Hardware[c.Racks.ServerType].ChipsPerServer) * h;
        // The electricity bill at full power, worst PUE and dearest hour all run long.
        var power = spec.Infrastructure.Power;
        var energyYuan = centers.Sum(c =>
        {
            var kw = c.Pools.Sum(p => (double)p.Racks.Count * p.Racks.ServersPerRack * (power?.Table?.PeakW ?? spec.Hardware[p.Racks.ServerType].PeakWatts)) / 1000;
            var pue = Math.Max(c.Pue, Math.Max(power?.PueAtIdle ?? 1, power?.PueAtFull ?? 1));
            var tariff = Math.Max(c.TariffYuanPerKwh, power?.TariffByHour?.Max() ?? 0);
            return kw * pue * tariff * h;
        });
        if (energyYuan > MoneyLimits.MaxLedgerYuan)
        {
            r.Error(Locate.Path(root, "centers"), $"'centers': their electricity at full power could cost {Count.Scientific(energyYuan, 2)} yuan in a run, more than the {Count.Scientific(MoneyLimits.MaxLedgerYuan, 0)} yuan the books count exactly in cents");
        }
        if (prices * chipHours > MoneyLimits.MaxLedgerYuan)
        {
            r.Error(Locate.Path(root, "policies", "pricing"), $"'pricing': {Count.Of(chipHours)} chip-hours at up to {NodeReader.Format(prices)} yuan could bill {Count.Scientific(prices * chipHours, 2)} yuan in a run, more than the {Count.Scientific(MoneyLimits.MaxLedgerYuan, 0)} yuan the market's ledger counts exactly in cents");
        }
    }
}

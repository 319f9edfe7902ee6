using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Validation;

/// <summary>
/// Checks a center's power caps against what its servers draw with nothing to do. Facility power is IT
/// power × PUE, and with <c>pue_at_idle</c> / <c>pue_at_full</c> the PUE is linear in IT load (IT power /
/// peak IT power), as the run models it. A facility budget at or below the idle center's facility power
/// leaves no room for any job; with <c>capping: delay</c> a budget or rack cap that the smallest job would
/// exceed on an otherwise idle center never lets a job start, and a run that stops after a job count would
/// never end.
/// </summary>
public static class PowerFeasibility
{
    public static void Check(ScenarioSpec spec, IReadOnlyList<CenterSpec> centers, MappingNode root, NodeReader r)
    {
        if (spec.Infrastructure.Power is not { } power || (power.FacilityBudgetKw is null && power.RackCapKw is null))
        {
            return;
        }
        var smallest = SmallestJob(spec);
        foreach (var center in centers)
        {
            var type = spec.Hardware[center.Racks.ServerType];
            var model = power.Table is { } table ? ServerPowerModel.FromTable(table) : ServerPowerModel.Linear(type.IdleWatts, type.PeakWatts);
            var floorW = power.Management.Sleeps ? Math.Min(power.Management.SleepW, model.IdleW) : model.IdleW;
            var servers = (double)center.Racks.Count * center.Racks.ServersPerRack;
            var where = centers.Count > 1 ? $" of center '{center.Name}'" : "";
            double Pue(double itW) => power.PueAtIdle is { } idle && power.PueAtFull is { } full
                ? idle + (full - idle) * Math.Clamp(itW / (servers * model.PeakW), 0, 1)
                : center.Pue;
            // The smallest job on as few servers as it needs, every other server at its floor.
            var jobServers = smallest is { } g ? Math.Ceiling((double)g / type.ChipsPerServer) : 0;
            var jobW = smallest is { } chips ? JobWatts(model, chips, type.ChipsPerServer) : 0;

            if (power.FacilityBudgetKw is { } budget)
            {
                var at = Locate.Path(root, "infrastructure", "power", "facility_budget_kw");
                var idleIt = servers * floorW;
                var idleFacility = idleIt * Pue(idleIt);
                if (budget * 1000 <= idleFacility)
                {
                    r.Error(at, $"'facility_budget_kw' ({NodeReader.Format(budget)}) must exceed the idle facility power{where}: "
                        + $"{Kw(idleIt)} kW of idle IT power x PUE {Round(Pue(idleIt))} = {Kw(idleFacility)} kW, or no job could ever run");
                }
                else if (power.Capping == CappingMode.Delay && smallest is not null)
                {
                    var it = idleIt - jobServers * floorW + jobW;
                    if (budget * 1000 < it * Pue(it))
                    {
                        r.Error(at, $"'facility_budget_kw' ({NodeReader.Format(budget)}): with 'capping: delay' no job could ever start{where}: "
                            + $"the smallest job ({smallest} chips) on an otherwise idle center needs {Kw(it * Pue(it))} kW of facility power");
                    }
                }
            }
            if (power.RackCapKw is { } cap && power.Capping == CappingMode.Delay && smallest is { } small
                && jobServers <= center.Racks.ServersPerRack)
            {
                var rackW = (center.Racks.ServersPerRack - jobServers) * floorW + jobW;
                if (cap * 1000 < rackW)
                {
                    r.Error(Locate.Path(root, "infrastructure", "power", "rack_cap_kw"),
                        $"'rack_cap_kw' ({NodeReader.Format(cap)}): with 'capping: delay' no job could ever start{where}: the smallest job ({small} chips) needs {Kw(rackW)} kW in its rack");
                }
            }
        }
    }

    /// <summary>IT watts of the servers a job of <paramref name="chips"/> fills, the last one partly.</summary>
    private static double JobWatts(ServerPowerModel model, int chips, int perServer)
    {
        var full = chips / perServer;
        var rest = chips % perServer;
        return full * model.Watts(1) + (rest > 0 ? model.Watts((double)rest / perServer) : 0);
    }

    /// <summary>Chips of the smallest job any tenant or the trace submits; null when none is known.</summary>
    private static int? SmallestJob(ScenarioSpec spec)
    {
        var sizes = spec.Tenants.SelectMany(t => t.Training.ChipChoices)
            .Concat(spec.Trace?.Jobs.Select(j => j.Chips) ?? []).ToList();
        return sizes.Count == 0 ? null : sizes.Min();
    }

    private static string Kw(double watts) => NodeReader.Format(Math.Round(watts / 1000, 3));

    private static string Round(double x) => NodeReader.Format(Math.Round(x, 4));
}

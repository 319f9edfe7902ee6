using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// A network's demand regions: those whose own tenants offer more work than the region's centers have
/// chips (offered load = Σ count × arrivals per hour × mean chip-hours per job, in chip-hours per hour,
/// against the chips of the region's centers), so their demand must partly be served elsewhere: the
/// eastern cities of the national network, whatever issues vouchers where. Trace tenants offer no load
/// known in advance and are not counted.
/// </summary>
public static class DemandRegions
{
    /// <summary>The indexes into <paramref name="regions"/> of the demand regions, in order.</summary>
    public static IReadOnlyList<int> Of(ScenarioSpec spec, IReadOnlyList<string> regions) =>
        Enumerable.Range(0, regions.Count).Where(g => OfferedLoad(spec, regions[g]) > Chips(spec, regions[g])).ToList();

    /// <summary>Chip-hours per hour the region's tenant groups offer.</summary>
    public static double OfferedLoad(ScenarioSpec spec, string region) =>
        spec.Tenants.Where(t => t.Region == region).Sum(t => t.Count * t.Training.ArrivalsPerHour * t.Training.ChipHours.Mean);

    private static double Chips(ScenarioSpec spec, string region) =>
        spec.Network!.Centers.Where(c => c.Region == region).Sum(c => (double)(spec with { Center = c }).TotalChips);
}

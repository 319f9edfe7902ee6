using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Simulation.Infrastructure;

namespace CenterSim.Simulation.Market;

/// <summary>
/// The provider's cost structure from the scenario: servers' price written off evenly over their
/// lifetime, operations per server-year, and energy at the center's PUE and tariff. It gives the full
/// cost of a chip-hour (for cost-plus prices; per pool, since pools' servers differ) and the break-even
/// utilization of the whole center.
/// </summary>
public sealed class CostModel
{
    private const double Year = 365 * SimTime.Day;
    private readonly ScenarioSpec _spec;
    private readonly CenterLayout _layout;
    private readonly double _lifetimeSeconds;
    private readonly double _operationsPerServerSecond;

    public CostModel(ScenarioSpec spec, EconomicsSpec economics)
    {
        _spec = spec;
        _layout = CenterLayout.For(spec);
        _lifetimeSeconds = economics.LifetimeYears * Year;
        _operationsPerServerSecond = economics.OperationsYuanPerServerYear / Year;
        CapitalYuanPerSecond = _layout.Pools.Sum(p => p.Servers * p.Type.PriceYuan) / _lifetimeSeconds;
        OperationsYuanPerSecond = _layout.ServerCount * _operationsPerServerSecond;
    }

    public double CapitalYuanPerSecond { get; }

    public double OperationsYuanPerSecond { get; }

    private double KwhToYuan => _spec.Center.Pue * _spec.Center.TariffYuanPerKwh;

    /// <summary>Energy of a busy chip of this pool at peak power plus its server's share of capital and operations, per chip-hour.</summary>
    public double FullCostYuanPerChipHour(int pool)
    {
        var p = _layout.Pools[pool];
        return p.Type.PeakWatts / 1000 * KwhToYuan / p.ChipsPerServer + FixedYuanPerChipHour(pool);
    }

    /// <summary>A chip's share of its server's capital amortization and operations, per chip-hour (no energy).</summary>
    public double FixedYuanPerChipHour(int pool)
    {
        var p = _layout.Pools[pool];
        return (p.Type.PriceYuan / _lifetimeSeconds + _operationsPerServerSecond) * SimTime.Hour / p.ChipsPerServer;
    }
}

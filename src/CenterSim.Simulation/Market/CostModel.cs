using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;

namespace CenterSim.Simulation.Market;

/// <summary>
/// The provider's cost structure from the scenario: servers' price written off evenly over their
/// lifetime, operations per server-year, and energy at the center's PUE and tariff. It gives the full
/// cost of a chip-hour (for cost-plus prices) and the break-even utilization.
/// </summary>
public sealed class CostModel
{
    private const double Year = 365 * SimTime.Day;
    private readonly ScenarioSpec _spec;
    private readonly int _servers;

    public CostModel(ScenarioSpec spec, EconomicsSpec economics)
    {
        _spec = spec;
        _servers = spec.Center.Racks.Count * spec.Center.Racks.ServersPerRack;
        CapitalYuanPerSecond = _servers * spec.ServerType.PriceYuan / (economics.LifetimeYears * Year);
        OperationsYuanPerSecond = _servers * economics.OperationsYuanPerServerYear / Year;
    }

    public double CapitalYuanPerSecond { get; }

    public double OperationsYuanPerSecond { get; }

    /// <summary>Energy cost of IT energy (joules) drawn through the facility: × PUE × tariff.</summary>
    public double EnergyYuan(double itJoules) => itJoules / 3.6e6 * _spec.Center.Pue * _spec.Center.TariffYuanPerKwh;

    /// <summary>Energy of a busy chip at peak power plus its share of capital and operations, per chip-hour.</summary>
    public double FullCostYuanPerChipHour
    {
        get
        {
            var server = _spec.ServerType;
            var energy = server.PeakWatts / 1000 * _spec.Center.Pue * _spec.Center.TariffYuanPerKwh / server.ChipsPerServer;
            var fixedCost = (CapitalYuanPerSecond + OperationsYuanPerSecond) * SimTime.Hour / _spec.TotalChips;
            return energy + fixedCost;
        }
    }

    /// <summary>
    /// The utilization u at which revenue equals cost, given the average price earned per chip-hour:
    /// fixed costs (capital, operations, idle power) = u × chips × (price − extra energy of a busy chip).
    /// +∞ when a busy chip does not even earn its energy; NaN without any sale.
    /// </summary>
    public double BreakEvenUtilization(double yuanPerChipHour)
    {
        if (double.IsNaN(yuanPerChipHour))
        {
            return double.NaN;
        }
        var server = _spec.ServerType;
        var kwhToYuan = _spec.Center.Pue * _spec.Center.TariffYuanPerKwh / 1000;
        var fixedPerHour = (CapitalYuanPerSecond + OperationsYuanPerSecond) * SimTime.Hour + _servers * server.IdleWatts * kwhToYuan;
        var busyEnergy = (server.PeakWatts - server.IdleWatts) / server.ChipsPerServer * kwhToYuan;
        var margin = yuanPerChipHour - busyEnergy;
        return margin <= 0 ? double.PositiveInfinity : fixedPerHour / (_spec.TotalChips * margin);
    }
}

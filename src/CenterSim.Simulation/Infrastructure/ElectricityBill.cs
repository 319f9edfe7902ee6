using CenterSim.Model.Scenario;
using CenterSim.Model.Units;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>
/// The electricity bill and emissions of facility power over time: each stretch at its hour of day's
/// tariff and carbon intensity (split at hour boundaries), or at the flat tariff when no hourly figure is
/// given. The power budget keeps the run's bill with it; the classroom's money meter keeps its own copy.
/// </summary>
public sealed class ElectricityBill
{
    private readonly double _flatTariff;
    private readonly IReadOnlyList<double>? _tariff;
    private readonly IReadOnlyList<double>? _carbon;

    public ElectricityBill(ScenarioSpec spec)
    {
        _flatTariff = spec.Center.TariffYuanPerKwh;
        _tariff = spec.Infrastructure.Power?.TariffByHour;
        _carbon = spec.Infrastructure.Power?.CarbonKgPerKwhByHour;
    }

    public double CostYuan { get; private set; }

    public double CarbonKg { get; private set; }

    /// <summary>Adds facility power <paramref name="facilityW"/> drawn over [from, to).</summary>
    public void Add(double from, double to, double facilityW)
    {
        if (_tariff is null && _carbon is null)
        {
            CostYuan += facilityW * (to - from) / 3.6e6 * _flatTariff;
            return;
        }
        var t = from;
        while (t < to)
        {
            var hour = (long)Math.Floor(t / SimTime.Hour);
            var end = Math.Min(to, (hour + 1) * SimTime.Hour);
            var kwh = facilityW * (end - t) / 3.6e6;
            var h = (int)(hour % 24);
            CostYuan += kwh * (_tariff?[h] ?? _flatTariff);
            CarbonKg += kwh * (_carbon?[h] ?? 0);
            t = end;
        }
    }
}

using CenterSim.Model.Results;
using CenterSim.Model.Units;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Market;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// A market run's time series: the meter's hourly rows plus, at the end of each hour, tenants' cash in
/// all (<c>tenant_cash_yuan</c>) and the provider's cumulative profit on an accrual basis
/// (<c>provider_profit_yuan</c>); empty cells (NaN) for an hour the market did not sample.
/// </summary>
public static class MarketSeries
{
    public static TimeSeries With(List<double[]> rows, MarketReport market) => With(MetricsActor.SeriesColumns, rows, market);

    /// <summary>The same beside other columns (a network's), whose first is the hour.</summary>
    public static TimeSeries With(IReadOnlyList<string> baseColumns, List<double[]> rows, MarketReport market)
    {
        var byHour = new Dictionary<long, (double Cash, double Profit)>();
        foreach (var (time, cash, profit) in market.Hourly)
        {
            byHour[(long)Math.Round(time / SimTime.Hour) - 1] = (cash, profit);
        }
        var columns = baseColumns.Append("tenant_cash_yuan").Append("provider_profit_yuan").ToArray();
        var extended = rows.Select(r =>
        {
            var found = byHour.TryGetValue((long)r[0], out var s);
            return r.Append(found ? s.Cash : double.NaN).Append(found ? s.Profit : double.NaN).ToArray();
        }).ToList();
        return new TimeSeries(columns, extended);
    }
}

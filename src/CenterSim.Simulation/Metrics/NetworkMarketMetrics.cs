using CenterSim.Model.Network;
using CenterSim.Model.Results;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// A network market's metrics over the measurement window: the whole book's flows as a single market names
/// them, with the bills of the jobs the centers' meters counted (a job still moving between regions at the end
/// is no center's yet: neither its bill nor its fee counts), the voucher money redeemed including what paid
/// those jobs' transfer fees (<c>transfer_voucher_yuan</c>); the providers' books over the window summed
/// over the centers, and how many hubs ended it below break-even; the share of chip-hours sold on
/// domestic chips and outside the buyer's home region (in all, of the demand of the regions whose
/// agencies issue vouchers, and of the demand regions, <see cref="DemandRegions"/>); and per region, the share of its tenants'
/// chip-hours bought elsewhere (<c>region.served_away_share</c>) and the voucher money spent at its
/// centers (<c>region.voucher_spent_yuan</c>).
/// </summary>
public static class NetworkMarketMetrics
{
    /// <summary>Each center's market metrics that the network result repeats as <c>center.metric</c>.</summary>
    public static readonly string[] PerCenter = { "profit_yuan", "below_break_even", "break_even_utilization", "voucher_redeemed_yuan", "chip_hours_sold" };

    private static readonly string[] Summed = { "profit_yuan", "provider_revenue_yuan", "capital_cost_yuan", "operations_cost_yuan", "provider_energy_cost_yuan" };

    public static IEnumerable<Metric> Of(RunContext run, IReadOnlyList<RunResult> centers)
    {
        var book = run.NetworkMarket ?? throw new SimulationException("the network market published no report", null);
        var bills = run.Centers.Aggregate(default(JobBill), (sum, c) => sum + c.MeasuredBills);
        var (start, end) = run.Centers[0].MeasurementWindow;
        foreach (var m in MarketMetrics.From(book.Whole, bills, start, end))
        {
            yield return m;
        }
        foreach (var name in Summed)
        {
            yield return new(name, centers.Sum(r => r[name]));
        }
        yield return new("ledger_profit_yuan", book.Whole.ProfitYuan);
        yield return new("hubs_below_break_even", centers.Sum(r => r["below_break_even"]));
        yield return new("transfer_voucher_yuan", bills.TransferVoucherCents / 100.0);
        var sold = book.Whole.TotalChipHours;
        yield return new("domestic_chip_hours_share", sold > 0 ? book.DomesticChipHours / sold : double.NaN);
        yield return new("served_away_share", sold > 0 ? book.AwayChipHours / sold : double.NaN);
        var regions = new WanRoutes(run.Spec.Network!).Regions;
        // The demand served elsewhere of the regions whose agencies issue vouchers, and of the regions whose demand exceeds their chips.
        var issuing = Enumerable.Range(0, regions.Count).Where(g => run.Spec.Market!.Agencies.Any(a => a.IssuerRegion == regions[g])).ToList();
        yield return new("issuing_regions_served_away_share", AwayShare(book, issuing));
        yield return new("demand_regions_served_away_share", AwayShare(book, DemandRegions.Of(run.Spec, regions)));
        for (var g = 0; g < regions.Count; g++)
        {
            var spent = run.Centers.Where(c => c.Spec.Center.Region == regions[g]).Sum(c => c.MeasuredBills.VoucherCents + c.MeasuredBills.TransferVoucherCents) / 100.0;
            yield return new($"{regions[g]}.served_away_share", book.BoughtByHome[g] > 0 ? book.AwayByHome[g] / book.BoughtByHome[g] : double.NaN);
            yield return new($"{regions[g]}.voucher_spent_yuan", spent);
        }
    }

    /// <summary>Of the chip-hours the tenants of these home regions bought, the share bought outside their region; NaN for none.</summary>
    private static double AwayShare(Market.Network.NetworkMarketReport book, IReadOnlyList<int> homes)
    {
        var bought = homes.Sum(g => book.BoughtByHome[g]);
        return bought > 0 ? homes.Sum(g => book.AwayByHome[g]) / bought : double.NaN;
    }
}

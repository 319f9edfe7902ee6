using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// The book's bills of the jobs the meter counted in <c>revenue_yuan</c> (measured, finished or still open at
/// the end), kept on the context with the window for a network's sums. The meter's revenue and the book's
/// bills of the same jobs must agree to the cent; a run where they do not fails.
/// </summary>
public static class MarketWindow
{
    public static JobBill Bills(RunContext run, MarketReport market, IEnumerable<long> billed, double revenueYuan, double start, double end)
    {
        var bills = market.BillsOf(billed);
        if (Math.Abs(bills.TotalCents - revenueYuan * 100) > 0.5)
        {
            run.Failure ??= new SimulationException(
                $"the book's bills of the measured jobs ({bills.TotalCents / 100.0:0.00} yuan) and the meter's revenue ({revenueYuan:0.00} yuan) disagree", null);
        }
        run.MeasuredBills = bills;
        run.MeasurementWindow = (start, end);
        return bills;
    }
}

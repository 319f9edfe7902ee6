using CenterSim.Model.Results;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// The provider's books over the measurement window, on the same footing as <c>revenue_yuan</c>: revenue
/// is the measured jobs' bills (cash and voucher, net of refunds and settlements) plus the period charges
/// (reserved chips) of periods starting in the window and inference services' token bills for the hours ending
/// in it; energy is the meter's electricity bill over the
/// window (its PUE and tariff); capital and operations are the window's share. Break-even is the
/// utilization at which profit would be zero were revenue and busy energy to scale with utilization and
/// the idle share of energy, capital and operations stay: so <c>below_break_even</c> is 1 exactly when
/// <c>profit_yuan</c> &lt; 0 and utilization &lt; <c>break_even_utilization</c>.
/// </summary>
public static class ProviderWindow
{
    public static IEnumerable<Metric> Metrics(RunContext run, MarketReport market, IntegralSample start, IntegralSample end, double revenueYuan, double energyYuan)
    {
        var spec = run.Spec;
        var costs = run.Pricing.Costs!;
        var window = end.Time - start.Time;
        double Flows(params MoneyFlow[] flows) => market.Journal is null ? 0 : flows.Sum(f => market.FlowYuan(f, start.Time, end.Time));
        var charges = Flows(MoneyFlow.ChargeCash, MoneyFlow.ChargeVoucher);
        var serving = Flows(MoneyFlow.ServingCash, MoneyFlow.ServingVoucher);
        var revenue = revenueYuan + charges + serving;
        var capital = costs.CapitalYuanPerSecond * window;
        var operations = costs.OperationsYuanPerSecond * window;
        var profit = revenue - energyYuan - capital - operations;
        var allocated = end.AllocatedChipSeconds - start.AllocatedChipSeconds;
        var utilization = window > 0 ? allocated / (window * spec.TotalChips) : double.NaN;
        var itJoules = end.ItJoules - start.ItJoules;
        var idleShare = itJoules > 0 ? Math.Min(1, run.Layout.IdleItW * window / itJoules) : 1;
        var fixedCost = capital + operations + energyYuan * idleShare;
        var margin = revenue - energyYuan * (1 - idleShare);
        var breakEven = allocated <= 0 ? double.NaN : margin <= 0 ? double.PositiveInfinity : utilization * fixedCost / margin;
        yield return new("profit_yuan", profit);
        yield return new("below_break_even", profit < 0 ? 1 : 0);
        yield return new("break_even_utilization", breakEven);
        yield return new("provider_revenue_yuan", revenue);
        yield return new("capital_cost_yuan", capital);
        yield return new("operations_cost_yuan", operations);
        yield return new("provider_energy_cost_yuan", energyYuan);
        // The book of the whole run, warm-up included.
        yield return new("ledger_profit_yuan", market.ProfitYuan);
    }
}

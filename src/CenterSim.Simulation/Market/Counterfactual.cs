using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Market;

/// <summary>
/// <c>counterfactual: no-vouchers</c>: the same replication (same seed, so the same arrivals and job
/// values: common random numbers) rerun without the voucher program. What the vouchers added is the
/// difference in chip-hours sold; the subsidy per additional chip-hour is what was redeemed divided by it.
/// </summary>
public static class Counterfactual
{
    public static ScenarioSpec WithoutVouchers(ScenarioSpec spec) =>
        spec with { Market = spec.Market! with { Vouchers = null, Agencies = Array.Empty<Model.Market.VoucherProgramSpec>(), CounterfactualNoVouchers = false } };

    public static RunResult Add(ScenarioSpec spec, RunResult withVouchers)
    {
        var baseline = SimulationRunner.Run(WithoutVouchers(spec), withVouchers.Replication);
        var sold = Value(withVouchers, "chip_hours_sold");
        var additional = sold - Value(baseline, "chip_hours_sold");
        var redeemed = Value(withVouchers, "voucher_redeemed_yuan");
        var metrics = withVouchers.Metrics.ToList();
        metrics.Add(new Metric("counterfactual_chip_hours_sold", sold - additional));
        metrics.Add(new Metric("additional_chip_hours", additional));
        metrics.Add(new Metric("subsidy_yuan_per_additional_chip_hour", additional > 0 ? redeemed / additional : double.NaN));
        metrics.Add(new Metric("counterfactual_profit_yuan", Value(baseline, "profit_yuan")));
        return withVouchers with { Metrics = metrics };
    }

    private static double Value(RunResult result, string name) => result.Metrics.First(m => m.Name == name).Value;
}

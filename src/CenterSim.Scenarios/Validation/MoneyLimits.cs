namespace CenterSim.Scenarios.Validation;

/// <summary>
/// How large a money value may be. The market keeps its ledger in whole cents in 64-bit integers and
/// moves money as doubles, which count cents exactly only below 2^53 cents (about 9×10^13 yuan); a run's
/// totals must stay below that, so single values are bounded well beneath it: a price per unit (chip-hour,
/// kWh, GB, queued job) at 10^6 yuan, 50,000 times a 2025 market price, and an amount at 10^12 yuan.
/// </summary>
public static class MoneyLimits
{
    public const double MaxRateYuan = 1e6;

    public const double MaxAmountYuan = 1e12;

    /// <summary>Below 2^53 cents the ledger's sums are exact.</summary>
    public const double MaxLedgerYuan = 9e13;

    private static readonly string[] RateUnits = { "yuan_per_chip_hour", "yuan_per_kwh", "yuan_per_gb", "yuan_per_queued_job" };

    /// <summary>The bound of a key that holds money, or null when the key holds no money (its name has no "yuan").</summary>
    public static double? MaxOf(string key) =>
        !key.Contains("yuan", StringComparison.Ordinal) ? null
        : RateUnits.Any(u => key.Contains(u, StringComparison.Ordinal)) ? MaxRateYuan
        : MaxAmountYuan;
}

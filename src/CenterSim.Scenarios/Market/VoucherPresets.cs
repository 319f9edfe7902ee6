using CenterSim.Model.Scenario;

namespace CenterSim.Scenarios.Market;

/// <summary>
/// Named presets for <c>market.vouchers.preset</c>, from the facts collected in the project's data notes
/// (section "Compute vouchers"). Eligibility by firm registration (e.g. Beijing-registered software and
/// manufacturing firms) is not modelled: every tenant category may apply unless the scenario says otherwise.
/// </summary>
public static class VoucherPresets
{
    private static readonly Dictionary<TenantCategory, double> None = new();

    public static IReadOnlyDictionary<string, VoucherPreset> All { get; } = new Dictionary<string, VoucherPreset>
    {
        // Beijing 2023-2025: up to 20% of a compute contract, at most 2 M yuan per firm per year
        // (gkzhan.com; achie.org repost). No yearly pool was published.
        ["beijing-2023"] = new("beijing-2023", "gkzhan.com; achie.org repost", null, 2_000_000, 0.20, null, None),

        // Shanghai 2025-07: 600 M yuan pool; city up to 30% of rent, city + district up to 100% for up to
        // one year for early-stage and small firms (Shanghai government via baitongwang.com). No cap per firm stated.
        ["shanghai-2025"] = new("shanghai-2025", "Shanghai government via baitongwang.com", 600_000_000, double.PositiveInfinity, 0.30, null,
            new Dictionary<TenantCategory, double> { [TenantCategory.Startup] = 1.0 }),

        // Hangzhou: 250 M yuan per year; up to 30% on domestic chips or MaaS, 20% on other compute; at most
        // 8 M yuan per firm per year (bobomg.com).
        ["hangzhou-2024"] = new("hangzhou-2024", "bobomg.com", 250_000_000, 8_000_000, 0.20, 0.30, None),

        // Shenzhen training vouchers (训力券): up to 500 M yuan per year; up to 50% of a contract, at most
        // 10 M yuan; startups 60% (fengbaosun.com).
        ["shenzhen-2024"] = new("shenzhen-2024", "fengbaosun.com", 500_000_000, 10_000_000, 0.50, null,
            new Dictionary<TenantCategory, double> { [TenantCategory.Startup] = 0.60 }),

        // Chengdu 2025: up to 100 M yuan per year, up to 60% of a purchase, at most 5 M yuan per firm per
        // year (cnlxxl.com repost of the Chengdu municipal government).
        ["chengdu-2025"] = new("chengdu-2025", "cnlxxl.com repost of 成都市人民政府", 100_000_000, 5_000_000, 0.60, null, None),
    };
}

using CenterSim.Model.Scenario;

namespace CenterSim.Scenarios.Market;

/// <summary>
/// The published rules of a real voucher program. Only what the source states is set; the rest takes
/// the program defaults. <see cref="PoolYuanPerYear"/> is the city's whole yearly pool, far larger than
/// one simulated center's market, so comparison studies set their own pool.
/// </summary>
public sealed record VoucherPreset(
    string Name,
    string Source,
    double? PoolYuanPerYear,
    double CapYuanPerTenantPerYear,
    double Share,
    double? DomesticShare,
    IReadOnlyDictionary<TenantCategory, double> ShareByCategory);

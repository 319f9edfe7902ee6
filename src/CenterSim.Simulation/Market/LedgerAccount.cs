namespace CenterSim.Simulation.Market;

/// <summary>
/// The accounts money moves between. The two sources (tenant income, treasury) go negative by what they
/// paid in; every other account holds what it received. Their sum is zero at all times.
/// </summary>
public enum LedgerAccount
{
    /// <summary>Where tenants' cash comes from (their own funds); negative.</summary>
    TenantIncome,

    /// <summary>The voucher agency's budget; negative by what it awarded and spent on audits, less what it clawed back.</summary>
    Treasury,

    TenantCash,
    VoucherWallet,
    Provider,
    EnergySupplier,

    /// <summary>Servers' purchase price written off over their lifetime.</summary>
    CapitalAmortization,
    Operations,
    Expired,

    /// <summary>Vouchers resold or spent on low-value work.</summary>
    Misused,

    AuditCost,

    /// <summary>The wide-area network's operator: data transfer fees (network markets).</summary>
    Carrier,
}

namespace CenterSim.Simulation.Events;

/// <summary>
/// Where the money is at one hour, yuan, from the market's ledger: tenants' cash and voucher wallets,
/// what the voucher agency has awarded (treasury, negative), the provider's account (revenue less the
/// costs the market has booked, once a period); the costs accrued to this hour (energy from the IT
/// power drawn so far at the scenario's tariff, capital and operations pro rata) and the profit they
/// leave (revenue less accrued costs; break-even is 0); and the IT power drawn now, kW, total and by rack.
/// A run without a market (a network of centers) has power only: its money fields are null.
/// </summary>
public sealed record MoneySnapshot(
    double? TenantCashYuan,
    double? VoucherWalletYuan,
    double? TreasuryYuan,
    double? RevenueYuan,
    double? ProviderYuan,
    double? ProfitYuan,
    double? EnergyYuan,
    double? CapitalYuan,
    double? OperationsYuan,
    double ItKw,
    double[] RackKw);

namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// The network market's book at the end of a run: the whole book as a single market reports it (voucher
/// money redeemed includes what paid transfer fees), plus what only a network has: chip-hours sold on
/// domestic chips and outside the buyer's home region (in all and per home region, in the network's
/// region order), vouchers spent at each center (in center order), and the transfer fees paid in cash and in vouchers.
/// </summary>
public sealed record NetworkMarketReport(
    MarketReport Whole,
    double DomesticChipHours,
    double AwayChipHours,
    IReadOnlyList<double> BoughtByHome,
    IReadOnlyList<double> AwayByHome,
    IReadOnlyList<double> VoucherSpentAtYuan,
    double TransferCashYuan,
    double TransferVoucherYuan);

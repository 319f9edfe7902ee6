namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// The network market's book at the end of a run: the whole book as a single market reports it, plus what
/// only a network has: the measured jobs' chip-hours sold on domestic chips and outside the buyer's home
/// region (in all and per home region, in the network's region order).
/// </summary>
public sealed record NetworkMarketReport(
    MarketReport Whole,
    double DomesticChipHours,
    double AwayChipHours,
    IReadOnlyList<double> BoughtByHome,
    IReadOnlyList<double> AwayByHome);

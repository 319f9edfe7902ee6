namespace CenterSim.Model.Scenario;

/// <summary>A server model from the hardware catalog. Power is linear in utilization between idle and peak.</summary>
public sealed record ServerTypeSpec(
    string Name,
    string Chip,
    int ChipsPerServer,
    double IdleWatts,
    double PeakWatts,
    string Ecosystem,
    double PriceYuan);

namespace CenterSim.Model.Scenario;

/// <summary>A server model from the hardware catalog. Power is linear in utilization between idle and peak.</summary>
public sealed record ServerTypeSpec(
    string Name,
    string Chip,
    int ChipsPerServer,
    double IdleWatts,
    double PeakWatts,
    string Ecosystem,
    double PriceYuan)
{
    /// <summary>Set explicitly with <c>domestic:</c>; null derives it from the ecosystem.</summary>
    public bool? Domestic { get; init; }

    /// <summary>Domestic chips: as declared, else any ecosystem other than CUDA or ROCm (Ascend/CANN, Hygon DTK, Cambricon, ...).</summary>
    public bool IsDomestic => Domestic
        ?? (!Ecosystem.Equals("cuda", StringComparison.OrdinalIgnoreCase) && !Ecosystem.Equals("rocm", StringComparison.OrdinalIgnoreCase));
}

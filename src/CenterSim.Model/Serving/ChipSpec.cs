namespace CenterSim.Model.Serving;

/// <summary>
/// What an accelerator offers a serving performance model: dense 16-bit peak, HBM size and bandwidth.
/// <see cref="Assumed"/> marks figures no primary source confirms; <see cref="Source"/> says where they come from.
/// </summary>
public sealed record ChipSpec(string Name, double PeakTflops, double HbmGb, double HbmTbPerSecond, string Source, bool Assumed)
{
    public double PeakFlops => PeakTflops * 1e12;

    public double HbmBytes => HbmGb * 1e9;

    public double BytesPerSecond => HbmTbPerSecond * 1e12;
}

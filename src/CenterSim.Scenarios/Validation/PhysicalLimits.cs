namespace CenterSim.Scenarios.Validation;

/// <summary>
/// Upper bounds on physical figures, far beyond any real equipment, so a typo (1e308 W, a PUE of 1e155)
/// is an error at its key instead of energy, money or link rates that overflow during the run.
/// </summary>
public static class PhysicalLimits
{
    /// <summary>PUE: the worst facilities measured are near 3; 10 leaves room for any study of waste.</summary>
    public const double MaxPue = 10;

    /// <summary>Watts of one server: an 8-GPU H100 server draws about 10 kW; 1 MW is a hundred of them.</summary>
    public const double MaxServerWatts = 1e6;

    /// <summary>Gb/s of one link: 1 Pb/s, beyond any fibre in service.</summary>
    public const double MaxLinkGbps = 1e6;

    public static Bounds Pue => Bounds.Between(1, MaxPue);

    public static Bounds ServerWatts => Bounds.Between(0, MaxServerWatts);

    public static Bounds LinkGbps => new(0, true, MaxLinkGbps);
}

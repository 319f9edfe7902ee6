namespace CenterSim.Model.Infrastructure;

/// <summary>How caps are kept: not at all (violations are counted), by slowing running jobs, or by holding starts.</summary>
public enum CappingMode
{
    None,
    Throttle,
    Delay,
}

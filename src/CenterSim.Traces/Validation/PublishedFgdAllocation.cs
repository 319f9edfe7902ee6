namespace CenterSim.Traces.Validation;

/// <summary>
/// GPU allocation ratio (%) at 100% arrived load on openb_pod_list_default / 6,212 GPUs, median of 10 seeds,
/// from the FGD authors' published result files (Weng et al., USENIX ATC'23).
/// </summary>
public static class PublishedFgdAllocation
{
    public static IReadOnlyDictionary<string, double> DefaultTrace { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["random"] = 86.25,
        ["dot-product"] = 90.56,
        ["clustering"] = 91.58,
        ["packing"] = 91.81,
        ["best-fit"] = 92.91,
        ["fgd"] = 95.23,
    };
}

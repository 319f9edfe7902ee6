using CenterSim.Model.Workload;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// A tenant group's <c>training.runtime_estimate</c>: <c>exact</c>, or <c>{ factor: distribution }</c>, the
/// declared runtime being the true one times a factor drawn per job.
/// </summary>
public static class RuntimeEstimateSection
{
    public static readonly string[] Keys = { "factor" };

    public const string Exact = "exact";

    private const string Expected = "expected 'exact' or { factor: <distribution> } (e.g. { factor: { lognormal: { mean: 2, sd: 1 } } })";

    /// <summary>
    /// Without the key users over-estimate: the declared runtime is the true one times a log-normal factor
    /// of mean 2 and standard deviation 1. Mu'alem and Feitelson (IEEE TPDS 12(6), 2001) and Tsafrir,
    /// Etsion and Feitelson (IEEE TPDS 18(6), 2007) found user estimates several times the actual runtimes
    /// on average; a mean of 2 is a conservative reading of that.
    /// </summary>
    public static RuntimeEstimateSpec Default { get; } = new(false, new LogNormalDistribution(2, 1));

    public static RuntimeEstimateSpec? Read(Node? node, string context, NodeReader r)
    {
        switch (node)
        {
            case null:
                return Default;
            case ScalarNode { Value: Exact }:
                return RuntimeEstimateSpec.ExactEstimate;
            case MappingNode map:
                {
                    r.CheckKeys(map, $"{context}.runtime_estimate", Keys);
                    // Every kind of distribution the loader reads is positive; fixed and empirical values must be > 0.
                    var factor = DistributionSection.Read(r.Required(map, "factor", $"{context}.runtime_estimate"), "factor", r);
                    return factor is null ? null : new RuntimeEstimateSpec(false, factor);
                }
            default:
                r.Error(node, $"'runtime_estimate': {Expected}, found {node.Describe()}");
                return null;
        }
    }
}

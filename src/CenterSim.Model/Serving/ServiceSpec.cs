using CenterSim.Model.Scenario;

namespace CenterSim.Model.Serving;

/// <summary>
/// One inference service: a model on replicas of <see cref="ChipsPerReplica"/> chips of one pool, its
/// requests, objectives, autoscaling and per-token prices. A replica batches continuously up to
/// <see cref="MaxBatch"/> requests and the KV cache that fits in <see cref="KvMemoryShare"/> of the HBM left after the weights.
/// </summary>
public sealed record ServiceSpec(
    string Name,
    int Pool,
    ServedModelSpec Model,
    int ChipsPerReplica,
    RequestStreamSpec Requests,
    SloSpec Slo,
    AutoscalingSpec Autoscaling,
    PolicyChoice Pricing)
{
    public int MaxBatch { get; init; } = 256;

    /// <summary>The index of the tenant the market bills the service's tokens to; null without a market.</summary>
    public int? Tenant { get; init; }

    /// <summary>Requests waiting beyond this many are dropped on arrival.</summary>
    public int MaxQueue { get; init; } = 10_000;

    /// <summary>Share of peak FLOPS prefill reaches (model FLOPs utilisation).</summary>
    public double ComputeUtilization { get; init; } = 0.5;

    /// <summary>Share of peak HBM bandwidth a decode step reaches.</summary>
    public double BandwidthUtilization { get; init; } = 0.8;

    /// <summary>Share of the HBM left after the weights that holds KV cache (the rest: activations, runtime).</summary>
    public double KvMemoryShare { get; init; } = 0.9;
}

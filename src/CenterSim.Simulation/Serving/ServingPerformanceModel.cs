using CenterSim.Model.Serving;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// Step times of one replica (a model on <c>k</c> chips with tensor parallelism), by the roofline rule of
/// LLM serving (Splitwise; Vidur). A prefill of P prompt tokens does 2 × parameters × P FLOPs at
/// <see cref="ServiceSpec.ComputeUtilization"/> of the k chips' peak, and must read the weights at least once.
/// A decode step of a batch of B requests holding C context tokens reads the weights plus C × KV bytes per
/// token from HBM at <see cref="ServiceSpec.BandwidthUtilization"/> of the k chips' bandwidth, and does
/// 2 × parameters × B FLOPs. Each step takes the longer of its compute and its memory time. Communication
/// between the k chips and kernel overheads are not modelled.
/// </summary>
public sealed class ServingPerformanceModel
{
    private readonly double _flopsPerToken;
    private readonly double _flops;
    private readonly double _bandwidth;
    private readonly double _weights;
    private readonly double _kvPerToken;

    public ServingPerformanceModel(ServedModelSpec model, ChipSpec chip, int chips, double computeUtilization, double bandwidthUtilization, double kvMemoryShare)
    {
        _flopsPerToken = 2 * model.Parameters;
        _flops = chips * chip.PeakFlops * computeUtilization;
        _bandwidth = chips * chip.BytesPerSecond * bandwidthUtilization;
        _weights = model.WeightBytes;
        _kvPerToken = model.KvBytesPerToken;
        var free = chips * chip.HbmBytes - _weights;
        KvCapacityTokens = free <= 0 ? 0 : (long)Math.Floor(free * kvMemoryShare / _kvPerToken);
    }

    /// <summary>Tokens of context the replica's KV cache holds (0: the weights do not fit).</summary>
    public long KvCapacityTokens { get; }

    /// <summary>A prefill of <paramref name="promptTokens"/> tokens (all requests of the step together).</summary>
    public double PrefillSeconds(long promptTokens) =>
        Math.Max(_flopsPerToken * promptTokens / _flops, _weights / _bandwidth);

    /// <summary>One decode step of <paramref name="batch"/> requests holding <paramref name="contextTokens"/> tokens of KV cache.</summary>
    public double DecodeStepSeconds(int batch, long contextTokens) =>
        Math.Max(_flopsPerToken * batch / _flops, (_weights + _kvPerToken * contextTokens) / _bandwidth);
}

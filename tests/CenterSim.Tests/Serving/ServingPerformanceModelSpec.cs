using CenterSim.Model.Serving;
using CenterSim.Simulation.Serving;

namespace CenterSim.Tests.Serving;

/// <summary>
/// A 70 B model in 16-bit weights on 8 H100 SXM chips (989 TFLOPS, 80 GB, 3.35 TB/s), prefill at 50% of peak
/// and decode at 80% of peak bandwidth, KV cache 327,680 bytes per token (80 layers x 8 KV heads x 128 x 2 x 2 bytes).
/// Hand calculation: weights 1.4e11 B; bandwidth 8 x 3.35e12 x 0.8 = 2.144e13 B/s; compute 8 x 989e12 x 0.5 = 3.956e15 FLOP/s.
/// </summary>
public class ServingPerformanceModelSpec
{
    internal static readonly ServedModelSpec Llama70B = new(70, 2, 327_680);

    internal static ServingPerformanceModel Model() => new(Llama70B, ChipCatalog.BuiltIn["h100-sxm"], 8, 0.5, 0.8, 0.9);

    [Fact]
    public void Prefill_is_compute_bound_for_a_long_prompt_and_reads_the_weights_for_a_short_one()
    {
        // 2 x 70e9 x 1000 / 3.956e15 = 35.389 ms; 10 tokens need 0.354 ms of compute, less than the 1.4e11 / 2.144e13 = 6.530 ms weight read.
        Assert.Equal(0.035389282, Model().PrefillSeconds(1000), 9);
        Assert.Equal(0.006529851, Model().PrefillSeconds(10), 9);
    }

    [Fact]
    public void Decode_step_reads_weights_and_kv_cache_until_the_batch_makes_it_compute_bound()
    {
        // Batch 64 holding 64,000 tokens: (1.4e11 + 64,000 x 327,680) / 2.144e13 = 7.508 ms (compute 2.265 ms is less).
        Assert.Equal(0.007508000, Model().DecodeStepSeconds(64, 64_000), 9);
        // Batch 1,024 with no context: compute 2 x 70e9 x 1024 / 3.956e15 = 36.239 ms exceeds the 6.530 ms weight read.
        Assert.Equal(0.036238625, Model().DecodeStepSeconds(1024, 0), 9);
    }

    [Fact]
    public void Kv_cache_holds_what_is_left_of_the_hbm_after_the_weights()
    {
        // (8 x 80e9 - 1.4e11) x 0.9 / 327,680 = 1,373,291 tokens.
        Assert.Equal(1_373_291, Model().KvCapacityTokens);
        Assert.Equal(0, new ServingPerformanceModel(Llama70B, ChipCatalog.BuiltIn["h100-sxm"], 1, 0.5, 0.8, 0.9).KvCapacityTokens);
    }
}

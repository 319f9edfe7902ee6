namespace CenterSim.Model.Serving;

/// <summary>
/// Built-in accelerator figures for the serving performance model, by the name a server type gives as
/// its <c>chip</c>. Dense 16-bit peaks and HBM from vendor datasheets unless marked assumed; a scenario
/// may add or override chips under <c>serving.chips</c>.
/// </summary>
public static class ChipCatalog
{
    public static IReadOnlyDictionary<string, ChipSpec> BuiltIn { get; } = new[]
    {
        new ChipSpec("h100-sxm", 989, 80, 3.35, "NVIDIA H100 SXM datasheet: 989 TFLOPS BF16 dense, 80 GB HBM3, 3.35 TB/s", false),
        new ChipSpec("h100", 989, 80, 3.35, "as h100-sxm (the chip of DGX H100-class servers)", false),
        new ChipSpec("a100-sxm-80gb", 312, 80, 2.04, "NVIDIA A100 SXM 80 GB datasheet: 312 TFLOPS BF16 dense, 2.04 TB/s HBM2e", false),
        new ChipSpec("h20", 148, 96, 4.0, "secondary reports: 148 TFLOPS BF16 dense, 96 GB HBM3, 4.0 TB/s", true),
        new ChipSpec("ascend-910", 256, 32, 1.2, "Huawei launch material (secondary pages): 256 TFLOPS FP16, 32 GB HBM2; bandwidth not found, 1.2 TB/s assumed", true),
        new ChipSpec("ascend-910b", 320, 64, 1.4, "secondary sources disagree (280-376 TFLOPS FP16, 1.2-1.6 TB/s); midpoints assumed, 64 GB HBM2e", true),
    }.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
}

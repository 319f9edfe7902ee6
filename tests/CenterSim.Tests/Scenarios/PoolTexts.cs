namespace CenterSim.Tests.Scenarios;

/// <summary>Scenario YAML with a center of several pools, used by the pool tests.</summary>
internal static class PoolTexts
{
    /// <summary>
    /// One center, two pools: ascend 2 racks x 4 servers x 8 chips = 64 CANN chips at 8 yuan per chip-hour,
    /// h100 1 rack x 2 servers x 8 chips = 16 CUDA chips at 20. Idle: ascend 8 x 1400 W = 11.2 kW, h100
    /// 2 x 1000 W = 2 kW, so the center idles at 13.2 kW; a full ascend rack idles at 5.6 kW.
    /// </summary>
    public const string TwoPools = """
        name: pools-test
        seed: 3
        duration: 14d
        hardware:
          servers:
            a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann }
            s8: { chip: h100, chips: 8, idle_w: 1000, peak_w: 10200, ecosystem: cuda }
        centers:
          - name: mixed
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.6 }
            pools:
              - name: ascend
                racks: { count: 2, servers_per_rack: 4, server: a8 }
                pricing: { name: fixed, yuan_per_chip_hour: 8 }
              - name: h100
                racks: { count: 1, servers_per_rack: 2, server: s8, uplink_gbps: 800 }
                pricing: { name: fixed, yuan_per_chip_hour: 20 }
        market:
          period: 7d
        tenants:
          - group: cuda-only
            category: startup
            ecosystems: [cuda]
            training:
              arrivals_per_hour: 0.5
              chips: [8, 16]
              chip_hours: { fixed: 16 }
          - group: porters
            category: sme
            ecosystems: [cuda]
            porting_cost_share: 0.2
            training:
              arrivals_per_hour: 0.5
              chips: [8, 64]
              chip_hours: { fixed: 64 }
          - group: anywhere
            category: research
            training:
              arrivals_per_hour: 0.2
              chips: [64]
              chip_hours: { fixed: 128 }
        policies:
          pricing: { name: fixed, yuan_per_chip_hour: 10 }
        """;
}

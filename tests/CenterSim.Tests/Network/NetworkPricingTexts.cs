namespace CenterSim.Tests.Network;

/// <summary>
/// Two hubs of 16 domestic chips each (east: PUE 1.3, 0.57 yuan/kWh; west: PUE 1.2, 0.4 yuan/kWh), servers of
/// 2 million yuan written off over 5 years plus 100 000 yuan a year of operations, a network market with
/// 10-day periods, and tenants whose jobs stay home (local-only broker): two spot buyers and one on-demand
/// buyer in the east, one on-demand buyer in the west, all sending 8-chip jobs of 40 chip-hours.
/// The pricing is the test's.
/// </summary>
internal static class NetworkPricingTexts
{
    public const string Pricing = "{ name: spot, yuan_per_chip_hour: 10, spot_discount: 0.4 }";

    public const string TwoHubs = """
        name: network-pricing-test
        seed: 3
        duration: 20d
        output: { jobs_csv: true }
        hardware:
          servers:
            a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann, domestic: true, price_yuan: 2000000 }
        centers:
          - name: east
            region: east
            pue: 1.3
            tariff: { flat_yuan_per_kwh: 0.57 }
            pools:
              - { name: ascend, racks: { count: 1, servers_per_rack: 2, server: a8 } }
          - name: west
            region: west
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.4 }
            pools:
              - { name: ascend, racks: { count: 1, servers_per_rack: 2, server: a8 } }
        network:
          links:
            - { between: [east, west], gbps: 20, latency_ms: 20, yuan_per_gb: 0.1 }
        market:
          period: 10d
          lifetime_years: 5
          operations_yuan_per_server_year: 100000
        tenants:
          - group: east-spot
            region: east
            count: 2
            category: startup
            spot: true
            training: { arrivals_per_hour: 0.1, chips: [8], chip_hours: { fixed: 40 } }
          - group: east-plain
            region: east
            count: 1
            category: sme
            training: { arrivals_per_hour: 0.08, chips: [8], chip_hours: { fixed: 40 } }
          - group: west-plain
            region: west
            count: 1
            category: research
            training: { arrivals_per_hour: 0.1, chips: [8], chip_hours: { fixed: 40 } }
        policies:
          scheduling: fifo
          broker: local-only
          pricing: { name: spot, yuan_per_chip_hour: 10, spot_discount: 0.4 }
        """;
}

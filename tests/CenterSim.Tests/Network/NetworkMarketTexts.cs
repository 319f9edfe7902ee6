namespace CenterSim.Tests.Network;

/// <summary>
/// A small network market: an eastern hub (domestic chips at 10 yuan per chip-hour) with all the paying
/// demand and a Shenzhen-like voucher agency, and a western hub (domestic chips at 8, imported at 9) whose
/// domestic servers get half their electricity bill paid back. One link joins them.
/// </summary>
internal static class NetworkMarketTexts
{
    public const string TwoHubs = """
        name: network-market-test
        seed: 11
        duration: 20d
        output: { jobs_csv: true }
        hardware:
          servers:
            a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann, domestic: true, price_yuan: 2000000 }
            h8: { chip: h100, chips: 8, idle_w: 2250, peak_w: 10200, ecosystem: cuda, domestic: false, price_yuan: 2500000 }
        centers:
          - name: east
            region: east
            pue: 1.3
            tariff: { flat_yuan_per_kwh: 0.57 }
            carbon_kg_per_kwh: 0.57
            pools:
              - { name: ascend, racks: { count: 2, servers_per_rack: 4, server: a8 }, pricing: { name: fixed, yuan_per_chip_hour: 10 } }
          - name: west
            region: west
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.4 }
            carbon_kg_per_kwh: 0.11
            domestic_power_subsidy: 0.5
            pools:
              - { name: ascend, racks: { count: 2, servers_per_rack: 4, server: a8 }, pricing: { name: fixed, yuan_per_chip_hour: 8 } }
              - { name: h100, racks: { count: 1, servers_per_rack: 4, server: h8 }, pricing: { name: fixed, yuan_per_chip_hour: 9 } }
        network:
          links:
            - { between: [east, west], gbps: 20, latency_ms: 20, yuan_per_gb: 0.1 }
        market:
          period: 10d
          counterfactual: no-vouchers
          vouchers:
            - name: shenzhen
              region: east
              preset: shenzhen-2024
              pool_yuan_per_year: 3000000
              spend_in: own-region
        tenants:
          - group: startups
            region: east
            count: 6
            category: startup
            budget_yuan_per_period: 30000
            willingness_yuan_per_chip_hour: { lognormal: { mean: 8, sd: 3 } }
            patience: 12h
            min_shrink_share: 0.5
            training:
              arrivals_per_hour: 0.5
              chips: [1, 8]
              chip_hours: { lognormal: { mean: 20, sd: 30 } }
              input_gb: { fixed: 100 }
          - group: labs
            region: west
            count: 1
            category: research
            budget_yuan_per_period: 50000
            ecosystems: [cann]
            training:
              arrivals_per_hour: 0.1
              chips: [8]
              chip_hours: { fixed: 40 }
        policies:
          scheduling: fifo
          broker: cheapest
        """;
}

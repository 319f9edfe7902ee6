namespace CenterSim.Tests.Serving;

/// <summary>
/// A market run for the serving bills: 2 servers of 8 H100 (2.5 million yuan each, 5-year life, 36,500 yuan of
/// operations a server-year), one replica of 8 chips held for the whole 4 hours (fixed, no warm-up), requests
/// of exactly 500 prompt and 100 output tokens at 10 and 50 yuan per million, so each pays exactly 1 cent.
/// The service belongs to the startup 'chat-app'; the tenants' training is so rare (one job in a million
/// hours) that no chip-hour bill comes in. {VOUCHERS} is replaced per test.
/// </summary>
internal static class ServingBillsTexts
{
    public const string Market = """
        name: serving-bills
        seed: 5
        duration: 4h
        output: { jobs_csv: false }
        hardware:
          servers:
            dgx: { chip: h100-sxm, chips: 8, idle_w: 2250, peak_w: 10200, price_yuan: 2500000 }
        centers:
          - name: c
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.5 }
            racks: { count: 1, servers_per_rack: 2, server: dgx }
        tenants:
          - group: chat-app
            category: startup
            training: { arrivals_per_hour: 0.000001, chips: [8], chip_hours: { fixed: 8 } }
        market:
          period: 30d
          lifetime_years: 5
          operations_yuan_per_server_year: 36500
        {VOUCHERS}
        serving:
          sharing: priority
          services:
            - name: chat
              tenant: chat-app
              model: { parameters_billions: 70, bytes_per_parameter: 2, kv_bytes_per_token: 327680 }
              chips_per_replica: 8
              max_batch: 8
              requests:
                arrivals_per_second: 2
                prompt_tokens: { fixed: 500 }
                output_tokens: { fixed: 100 }
              slo: { ttft_s: 1, tpot_s: 0.05 }
              autoscaling: { policy: fixed, replicas: 1, warmup: 0s }
              pricing: { name: per-token, yuan_per_million_input_tokens: 10, yuan_per_million_output_tokens: 50 }
        policies:
          pricing: { name: fixed, yuan_per_chip_hour: 12 }
        """;

    /// <summary>A program for startups paying half of each bill, capped at <paramref name="capPerYear"/> yuan a year (30/365 of it per period).</summary>
    public static string Vouchers(double capPerYear, bool serving) =>
        $"  vouchers: {{ pool_yuan_per_year: 1000000, cap_yuan_per_tenant_per_year: {capPerYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}, share: 0.5, eligible_categories: [startup]{(serving ? ", serving_bills: true" : "")} }}";

    public static string Text(string vouchers = "") => Market.Replace("{VOUCHERS}", vouchers);
}

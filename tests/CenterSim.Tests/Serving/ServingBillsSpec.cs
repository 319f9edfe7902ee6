using CenterSim.Model.Results;

namespace CenterSim.Tests.Serving;

/// <summary>Serving bills settled through the market's ledger, paid by vouchers only where the program allows it, and the full cost per million tokens, all against hand computation.</summary>
public class ServingBillsSpec
{
    private static double Metric(RunResult r, string name) => r.Metrics.Single(m => m.Name == name).Value;

    [Fact]
    public void The_ledger_books_exactly_the_tokens_served_times_their_price()
    {
        var r = ServingTexts.Run(ServingBillsTexts.Text());
        var served = Metric(r, "serving_requests_served");
        Assert.True(served > 25_000, $"{served} requests served");
        // 500 x 10 / 1e6 + 100 x 50 / 1e6 = 0.01 yuan a request: billed to the cent, no rounding.
        Assert.Equal(served * 0.01, Metric(r, "serving_billed_yuan"), 6);
        Assert.Equal(served * 0.01, Metric(r, "serving_revenue_yuan"), 6);
        // No voucher program and no chip-hour bill: all of it is the provider's cash revenue.
        Assert.Equal(served * 0.01, Metric(r, "revenue_cash_yuan"), 6);
        Assert.Equal(served * 0.01, Metric(r, "provider_revenue_yuan"), 6);
        Assert.Equal(0, Metric(r, "serving_voucher_yuan"));
    }

    [Fact]
    public void A_program_with_serving_bills_pays_its_share_up_to_the_cap_and_one_without_pays_nothing()
    {
        // A cap of 73 yuan a year is 73 x 30 / 365 = 6 yuan for the 30-day period, well below half the ~290 yuan billed.
        var capped = ServingTexts.Run(ServingBillsTexts.Text(ServingBillsTexts.Vouchers(73, serving: true)));
        Assert.Equal(6.0, Metric(capped, "serving_voucher_yuan"), 6);
        Assert.Equal(6.0, Metric(capped, "voucher_redeemed_yuan"), 6);
        Assert.Equal(Metric(capped, "serving_billed_yuan") - 6, Metric(capped, "revenue_cash_yuan"), 6);

        // Without a binding cap it pays half of each hourly bill, rounded to the cent: 4 bills, at most half a cent more each.
        var share = ServingTexts.Run(ServingBillsTexts.Text(ServingBillsTexts.Vouchers(1e6, serving: true)));
        var billed = Metric(share, "serving_billed_yuan");
        Assert.InRange(Metric(share, "serving_voucher_yuan"), billed * 0.5 - 1e-9, billed * 0.5 + 4 * 0.005 + 1e-9);

        var without = ServingTexts.Run(ServingBillsTexts.Text(ServingBillsTexts.Vouchers(73, serving: false)));
        Assert.Equal(6.0, Metric(without, "voucher_issued_yuan"), 6);
        Assert.Equal(0, Metric(without, "serving_voucher_yuan"));
        Assert.Equal(0, Metric(without, "voucher_redeemed_yuan"));
        Assert.Equal(Metric(without, "serving_billed_yuan"), Metric(without, "revenue_cash_yuan"), 6);
    }

    [Fact]
    public void The_cost_per_million_tokens_is_electricity_plus_capital_and_operations_of_the_held_chips()
    {
        var r = ServingTexts.Run(ServingBillsTexts.Text());
        var millions = Metric(r, "serving_requests_served") * 100 / 1e6;
        Assert.Equal(4, Metric(r, "serving_replica_hours"), 9);
        // Electricity: 8 chips x 10,200 W / 8 x PUE 1.2 = 12.24 kW for 4 h = 48.96 kWh, at 0.5 yuan = 24.48 yuan.
        var energy = 12.24 * 4 * 0.5;
        // Capital and operations: (2,500,000 / (5 x 365 x 86,400) + 36,500 / (365 x 86,400)) yuan a server-second,
        // x 3,600 / 8 chips = 7.655537 yuan a chip-hour; 32 chip-hours held.
        var perChipHour = (2_500_000 / (5 * 365 * 86_400.0) + 36_500 / (365 * 86_400.0)) * 3600 / 8;
        Assert.Equal(7.655537, perChipHour, 6);
        Assert.Equal(energy / millions, Metric(r, "serving_energy_cost_yuan_per_million_tokens"), 9);
        Assert.Equal((energy + 32 * perChipHour) / millions, Metric(r, "serving_cost_yuan_per_million_tokens"), 9);
    }

    [Fact]
    public void Without_a_market_there_is_no_cost_model_and_no_full_cost()
    {
        var r = ServingTexts.Run(ServingTexts.Text());
        Assert.DoesNotContain(r.Metrics, m => m.Name is "serving_cost_yuan_per_million_tokens" or "serving_billed_yuan");
        Assert.Contains(r.Metrics, m => m.Name == "serving_energy_cost_yuan_per_million_tokens");
    }

    [Fact]
    public void Serving_bills_count_in_the_window_by_the_hour_they_cover_and_keep_the_books_whole()
    {
        // A 1-hour warm-up: the bill booked as the window opens is the warm-up hour's and stays out; the three
        // hours of the window are in, so cash plus vouchers is still the provider's revenue.
        var text = ServingBillsTexts.Text(ServingBillsTexts.Vouchers(1e6, serving: true)).Replace("duration: 4h", "duration: 4h\nwarmup: 1h", StringComparison.Ordinal);
        var r = ServingTexts.Run(text);
        var whole = ServingTexts.Run(ServingBillsTexts.Text(ServingBillsTexts.Vouchers(1e6, serving: true)));
        var billed = Metric(r, "serving_billed_yuan");
        Assert.Equal(Metric(r, "provider_revenue_yuan"), Metric(r, "revenue_cash_yuan") + Metric(r, "voucher_redeemed_yuan"), 6);
        Assert.Equal(billed, Metric(r, "provider_revenue_yuan"), 6);
        // 2 requests a second at 1 cent: about 72 yuan an hour; the window holds three of the four hours.
        Assert.InRange(billed, 0.70 * Metric(whole, "serving_billed_yuan"), 0.80 * Metric(whole, "serving_billed_yuan"));
        Assert.Equal(Metric(r, "serving_requests_served") * 0.01, billed, 1);
        Assert.InRange(Metric(r, "serving_voucher_yuan"), billed * 0.5 - 1e-9, billed * 0.5 + 3 * 0.005 + 1e-9);
    }
}

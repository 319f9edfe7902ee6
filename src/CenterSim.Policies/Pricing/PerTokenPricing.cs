namespace CenterSim.Policies.Pricing;

/// <summary>
/// A price per million input (prompt) tokens and one per million output tokens: the pricing of an inference
/// service (<c>serving.services[].pricing</c>). It prices no chip-hours; the validator rejects it as a pool's or center's pricing.
/// </summary>
public sealed class PerTokenPricing(double yuanPerMillionInput, double yuanPerMillionOutput) : IPricingPolicy
{
    public bool PricesChipHours => false;

    public bool PricesTokens => true;

    public double YuanPerChipHour(in PricingContext context) =>
        throw new InvalidOperationException("pricing 'per-token' prices tokens, not chip-hours");

    public TokenPrices? PriceTokens(in TokenPricingContext context) => new TokenPrices(yuanPerMillionInput, yuanPerMillionOutput);
}

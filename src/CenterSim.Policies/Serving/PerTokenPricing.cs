namespace CenterSim.Policies.Serving;

/// <summary>A price per million input (prompt) tokens and one per million output tokens.</summary>
public sealed class PerTokenPricing(double yuanPerMillionInput, double yuanPerMillionOutput) : ITokenPricingPolicy
{
    public double RequestYuan(double now, int promptTokens, int outputTokens) =>
        (promptTokens * yuanPerMillionInput + outputTokens * yuanPerMillionOutput) / 1e6;
}

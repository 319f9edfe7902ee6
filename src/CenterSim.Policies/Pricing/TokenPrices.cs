namespace CenterSim.Policies.Pricing;

/// <summary>What an inference service's requests pay: yuan per million input (prompt) tokens and per million output tokens.</summary>
public readonly record struct TokenPrices(double YuanPerMillionInput, double YuanPerMillionOutput)
{
    /// <summary>The bill of a request with these tokens, yuan.</summary>
    public double BillYuan(long inputTokens, long outputTokens) => (inputTokens * YuanPerMillionInput + outputTokens * YuanPerMillionOutput) / 1e6;
}

namespace CenterSim.Policies.Pricing;

/// <summary>What a pricing policy may look at when it prices a service's tokens: the time the request is served.</summary>
public readonly record struct TokenPricingContext(double Now);

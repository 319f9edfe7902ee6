namespace CenterSim.Policies.Pricing;

/// <summary>What a pricing policy may look at: time, load and the chips asked for.</summary>
public readonly record struct PricingContext(double Now, double Utilization, int QueueLength, int Chips);

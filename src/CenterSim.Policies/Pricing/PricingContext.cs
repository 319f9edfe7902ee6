namespace CenterSim.Policies.Pricing;

/// <summary>What a pricing policy may look at when a job is priced: the time and the job's size.</summary>
public readonly record struct PricingContext(double Now, int Chips, double ChipHours);

namespace CenterSim.Policies.Pricing;

/// <summary>A stretch of time a job held its chips: from and to (simulated seconds), and how many chips.</summary>
public readonly record struct UsageStretch(double From, double To, int Chips)
{
    public double ChipSeconds => (To - From) * Chips;
}

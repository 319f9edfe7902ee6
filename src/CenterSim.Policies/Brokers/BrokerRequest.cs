namespace CenterSim.Policies.Brokers;

/// <summary>The job a broker places: its gang size, its work and the input data it brings.</summary>
public readonly record struct BrokerRequest(int Chips, double ChipHours, double InputGb);

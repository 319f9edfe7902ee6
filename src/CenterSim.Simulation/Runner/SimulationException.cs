namespace CenterSim.Simulation.Runner;

/// <summary>A run stopped because model code failed; the inner exception says where.</summary>
public sealed class SimulationException(string message, Exception? inner) : Exception(message, inner);

namespace CenterSim.Cli;

/// <summary>Not the input's fault: the cluster (or other machinery) the command needs failed. Printed as is, exit code 3.</summary>
public sealed class InfrastructureException(string message) : Exception(message);

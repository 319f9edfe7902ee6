namespace CenterSim.Cluster;

/// <summary>The cluster could not be reached or used (bad address, no seed answering, no worker node).</summary>
public sealed class ClusterUnavailableException(string message) : Exception(message);

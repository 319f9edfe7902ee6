namespace CenterSim.Cluster;

/// <summary>
/// The submitter lost the cluster mid-study: every worker went away, or the submitter itself was downed.
/// The runs done so far are in the shared results, so a new attempt starts where this one stopped.
/// </summary>
public sealed class ClusterLostException(string message) : Exception(message);

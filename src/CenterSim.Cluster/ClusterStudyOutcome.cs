namespace CenterSim.Cluster;

/// <summary>
/// What the coordinator hands back: each replication's encoded result in replication order, how many
/// runs were handed to another node after theirs went away, and how many answers each node gave first.
/// </summary>
public sealed record ClusterStudyOutcome(
    IReadOnlyList<byte[]> EncodedResults,
    int Requeued,
    IReadOnlyList<KeyValuePair<string, int>> RunsByNode);

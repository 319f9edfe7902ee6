namespace CenterSim.Policies.Placement;

/// <summary>
/// Fragmentation: free chips that cannot serve the jobs waiting. A waiting gang of g chips can use a
/// server's free chips only if the server has at least min(g, chips per server) free (a gang larger than
/// a server needs whole servers), so free chips on servers below that threshold for the smallest waiting
/// gang are stranded. With no job waiting nothing is stranded.
/// </summary>
public static class Fragmentation
{
    /// <returns>stranded free chips</returns>
    public static int StrandedChips(ClusterBook cluster, int smallestWaitingGang) =>
        smallestWaitingGang <= 1 ? 0 : cluster.FreeChipsBelow(Math.Min(smallestWaitingGang, cluster.ChipsPerServer));
}

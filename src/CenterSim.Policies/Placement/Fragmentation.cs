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
    public static int StrandedChips(ClusterBook cluster, int smallestWaitingGang)
    {
        if (smallestWaitingGang <= 1)
        {
            return 0;
        }
        var stranded = 0;
        for (var s = 0; s < cluster.ServerCount; s++)
        {
            var free = cluster.Free(s);
            if (free > 0 && free < Math.Min(smallestWaitingGang, cluster.Capacity(s)))
            {
                stranded += free;
            }
        }
        return stranded;
    }
}

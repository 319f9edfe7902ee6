namespace CenterSim.Model.Network;

/// <summary>
/// How data goes from one region to another: the directed links it crosses (indices into
/// <see cref="WanRoutes.CapacitiesBitsPerSecond"/>), their summed one-way latency and summed price per GB.
/// A route within one region crosses no link.
/// </summary>
public sealed record WanRoute(int[] Links, double LatencySeconds, double YuanPerGb)
{
    public static WanRoute Local { get; } = new(Array.Empty<int>(), 0, 0);

    public bool IsLocal => Links.Length == 0;
}

namespace CenterSim.Model.Network;

/// <summary>
/// One transfer in a <see cref="FluidTransfers"/>: its links, its size, what is left and its current rate.
/// Flows on the same links always move at the same rate, so a flow keeps only where its route's
/// shared progress stood when it started; what it has left follows from its route's progress since.
/// </summary>
public sealed class FluidFlow
{
    internal FluidFlow(long id, int[] links, double bits, FluidRoute route)
    {
        Id = id;
        Links = links;
        Bits = bits;
        Route = route;
        FinishProgress = route.Progress + bits;
    }

    public long Id { get; }

    public int[] Links { get; }

    public double Bits { get; }

    /// <summary>The route's progress (bits per flow since the route last stood empty) at which this flow ends.</summary>
    internal double FinishProgress { get; }

    internal FluidRoute Route { get; }

    public double BitsLeft => Math.Max(0, FinishProgress - Route.Progress);

    /// <summary>Bits per second, as last shared.</summary>
    public double Rate => Route.Rate;

    /// <summary>
    /// Done, within rounding of its size and of the route's progress counter (which grows through a busy
    /// period, so its last bits are only known to a few parts in 10^13).
    /// </summary>
    public bool Finished => BitsLeft <= 1e-9 * Bits + 1e-3 + 1e-13 * Route.Progress;
}

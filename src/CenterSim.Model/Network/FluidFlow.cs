namespace CenterSim.Model.Network;

/// <summary>One transfer in a <see cref="FluidTransfers"/>: its links, its size, what is left and its current rate.</summary>
public sealed class FluidFlow
{
    public FluidFlow(long id, int[] links, double bits)
    {
        Id = id;
        Links = links;
        Bits = bits;
        BitsLeft = bits;
    }

    public long Id { get; }

    public int[] Links { get; }

    public double Bits { get; }

    public double BitsLeft { get; internal set; }

    /// <summary>Bits per second, as last shared.</summary>
    public double Rate { get; internal set; }

    /// <summary>Done, within rounding of its size.</summary>
    public bool Finished => BitsLeft <= 1e-9 * Bits + 1e-3;
}

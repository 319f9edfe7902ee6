using CenterSim.Model.Infrastructure;
using CenterSim.Policies.Placement;

namespace CenterSim.Policies.Topology;

/// <summary>
/// Efficiency of a data-parallel gang from where it is placed. Each step the gang computes for T_c and
/// all-reduces G bytes hierarchically, as collective libraries do on a rack/spine network:
/// <list type="number">
/// <item>inside each server over the fabric among its c chips: 2(c−1)/c · G / B_fabric + 2(c−1)·α_fabric;</item>
/// <item>inside each rack among its m servers of the gang, one ring per chip (rail) carrying G/c each over
/// the NICs: 2(m−1)/m · (G/c) / B_nic + 2(m−1)·α_tor;</item>
/// <item>across the R racks of the gang, each rack sending its partial sum through its uplink:
/// 2(R−1)/R · G / b_r + 2(R−1)·α_spine, where b_r = k_r · min(B_nic, U/K) is the gang's share of the
/// uplink U — proportional to its k_r of the rack's K chips, because the uplink is oversubscribed and
/// shared by every chip of the rack — and the slowest rack sets the pace.</item>
/// </list>
/// Stages run one after another and each is as slow as its slowest group. A fraction <c>overlap</c> of
/// the communication hides behind compute, so efficiency = T_c / (T_c + (1 − overlap)·T_comm), in (0, 1].
/// Spreading a gang thinly over many racks shrinks k_r and multiplies the spine hops, which is what
/// packing avoids.
/// </summary>
public sealed class CommunicationModel
{
    private readonly TopologySpec _spec;
    private readonly int _serversPerRack;
    private readonly int _chipsPerServer;
    private readonly double _uplinkGbps;

    public CommunicationModel(TopologySpec spec, int serversPerRack, int chipsPerServer, double uplinkGbps)
    {
        _spec = spec;
        _serversPerRack = serversPerRack;
        _chipsPerServer = chipsPerServer;
        _uplinkGbps = uplinkGbps;
    }

    /// <summary>Communication seconds per step of a gang on these grants (servers numbered rack-major).</summary>
    public double CommunicationSeconds(IReadOnlyList<ChipGrant> grants)
    {
        var g = _spec.GradientGigabytes * 8; // gigabits, so that dividing by Gb/s gives seconds
        double fabric = 0;
        var racks = new SortedDictionary<int, (int Servers, int Chips, int MinChips)>();
        foreach (var grant in grants)
        {
            var c = grant.Chips;
            if (c > 1)
            {
                fabric = Math.Max(fabric, 2.0 * (c - 1) / c * g / _spec.FabricGbps + 2.0 * (c - 1) * _spec.FabricLatencyMicros * 1e-6);
            }
            var rack = grant.Server / _serversPerRack;
            racks[rack] = racks.TryGetValue(rack, out var r)
                ? (r.Servers + 1, r.Chips + c, Math.Min(r.MinChips, c))
                : (1, c, c);
        }
        double inRack = 0;
        var minRackChips = int.MaxValue;
        foreach (var (_, r) in racks)
        {
            if (r.Servers > 1)
            {
                var m = r.Servers;
                inRack = Math.Max(inRack, 2.0 * (m - 1) / m * (g / r.MinChips) / _spec.NicGbps + 2.0 * (m - 1) * _spec.TorLatencyMicros * 1e-6);
            }
            minRackChips = Math.Min(minRackChips, r.Chips);
        }
        double spine = 0;
        var count = racks.Count;
        if (count > 1)
        {
            var perChip = Math.Min(_spec.NicGbps, _uplinkGbps / (_serversPerRack * _chipsPerServer));
            spine = 2.0 * (count - 1) / count * g / (minRackChips * perChip) + 2.0 * (count - 1) * _spec.SpineLatencyMicros * 1e-6;
        }
        return fabric + inRack + spine;
    }

    /// <summary>Share of the allocated chip time that does useful work, in (0, 1].</summary>
    public double Efficiency(IReadOnlyList<ChipGrant> grants)
    {
        var exposed = (1 - _spec.Overlap) * CommunicationSeconds(grants);
        return _spec.StepComputeSeconds / (_spec.StepComputeSeconds + exposed);
    }
}

using CenterSim.Policies.Placement;
using CenterSim.Policies.Topology;

namespace CenterSim.Tests.Infrastructure;

public class CommunicationModelTests
{
    // 8 servers of 8 chips per rack, 1600 Gb/s uplink: 25 Gb/s of uplink per chip.
    private static readonly CommunicationModel Model = new(InfraSpecs.Ascend, 8, 8, 1600);

    private static ChipGrant[] Servers(IEnumerable<int> servers) => servers.Select(s => new ChipGrant(s, 8)).ToArray();

    [Fact]
    public void One_server_pays_only_the_fabric_all_reduce()
    {
        // 2·7/8·16 Gb / 720 Gb/s + 14 · 2 µs, against 2 s of compute.
        var comm = 2.0 * 7 / 8 * 16 / 720 + 14 * 2e-6;
        Assert.Equal(comm, Model.CommunicationSeconds(Servers(new[] { 0 })), 12);
        Assert.Equal(2 / (2 + comm), Model.Efficiency(Servers(new[] { 0 })), 12);
        Assert.Equal(1.0, Model.Efficiency(new[] { new ChipGrant(3, 1) }));
    }

    [Fact]
    public void A_10000_chip_job_keeps_90_percent_packed_and_loses_more_scattered()
    {
        // Packed: 1250 whole servers in 156 full racks plus 2 servers of a 157th.
        var packed = Servers(Enumerable.Range(0, 1250));
        // Scattered: one server in each of 1250 racks (the rest of each rack busy with other jobs).
        var scattered = Servers(Enumerable.Range(0, 1250).Select(r => r * 8));
        var fabric = 2.0 * 7 / 8 * 16 / 720 + 14 * 2e-6;
        var packedComm = fabric
            + 2.0 * 7 / 8 * (16.0 / 8) / 100 + 14 * 5e-6
            + 2.0 * 156 / 157 * 16 / (16 * 25.0) + 2 * 156 * 10e-6;
        var scatteredComm = fabric + 2.0 * 1249 / 1250 * 16 / (8 * 25.0) + 2 * 1249 * 10e-6;
        Assert.Equal(packedComm, Model.CommunicationSeconds(packed), 12);
        Assert.Equal(scatteredComm, Model.CommunicationSeconds(scattered), 12);
        var ePacked = Model.Efficiency(packed);
        var eScattered = Model.Efficiency(scattered);
        Assert.True(ePacked >= 0.9, $"packed {ePacked}");
        Assert.True(eScattered < ePacked - 0.02, $"packed {ePacked} scattered {eScattered}");
        Console.WriteLine($"10,000-chip job efficiency: packed {ePacked:F4}, scattered {eScattered:F4}");
    }

    [Fact]
    public void Topology_packing_places_the_job_in_the_fewest_racks()
    {
        var book = new ClusterBook(160, 8, 8);
        Assert.True(new TopologyPackingPlacement().TryPlace(10_000, book, out var grants));
        Assert.Equal(1250, grants.Length);
        Assert.Equal(157, grants.Select(g => book.RackOf(g.Server)).Distinct().Count());
        Assert.True(Model.Efficiency(grants) >= 0.9);
    }
}

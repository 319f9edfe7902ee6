using CenterSim.Policies.Placement;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// The servers a <c>partition</c> policy holds for services: the pool's last round(share × servers) servers
/// (at least one), taken out of the training book for the whole run and kept in a book of their own where
/// replicas are placed by the pool's placement policy.
/// </summary>
public sealed class ServingPartition
{
    private readonly ClusterBook _pool;
    private readonly ClusterBook _book;
    private readonly int _first;

    public ServingPartition(ClusterBook pool, double share)
    {
        _pool = pool;
        var count = Math.Clamp((int)Math.Round(share * pool.ServerCount), 1, pool.ServerCount);
        _first = pool.ServerCount - count;
        _book = new ClusterBook(1, count, pool.ChipsPerServer);
        pool.Reserve(Enumerable.Range(_first, count).Select(s => new ChipGrant(s, pool.ChipsPerServer)).ToArray());
    }

    public int Servers => _book.ServerCount;

    public bool TryPlace(int chips, IPlacementPolicy placement, out ChipGrant[] grants)
    {
        if (!placement.TryPlace(chips, _book, out var local))
        {
            grants = Array.Empty<ChipGrant>();
            return false;
        }
        _book.Reserve(local);
        grants = local.Select(g => g with { Server = g.Server + _first }).ToArray();
        return true;
    }

    public void Release(ChipGrant[] grants) => _book.Release(grants.Select(g => g with { Server = g.Server - _first }).ToArray());

    public void SetDown(int server)
    {
        if (server >= _first)
        {
            _book.SetDown(server - _first);
        }
    }

    /// <summary>After the scheduler has put a repaired server back in the pool's book: a partition server leaves it again.</summary>
    public void SetUp(int server)
    {
        if (server >= _first)
        {
            _book.SetUp(server - _first);
            _pool.Reserve(new[] { new ChipGrant(server, _pool.ChipsPerServer) });
        }
    }
}

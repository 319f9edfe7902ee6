using CenterSim.Policies.Placement;
using CenterSim.Policies.Power;
using CenterSim.Simulation.Infrastructure;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Keeps rack caps and the facility budget. Throttling: each capped domain (rack, facility) gets the
/// largest speed factor that keeps it under its cap with every busy chip at that factor, and a job runs
/// at the smallest factor of the domains it spans. Delay: a start that would break a cap waits. Down
/// servers draw nothing, so their idle watts are headroom. Servers are numbered across the center.
/// The down flags are shared with the scheduler, which changes one only together with its book's
/// SetDown or SetUp (that is what tells a rack's kept watts to be counted again).
/// </summary>
public sealed class PowerGovernor
{
    private readonly CenterLayout _layout;
    private readonly Model.Infrastructure.PowerSpec _power;
    private readonly PueModel _pue;
    private readonly bool[] _down;
    private readonly double[] _shares;
    private readonly double[] _rackFactor;
    private readonly double[] _rackW;
    private readonly double[] _touchedW;
    private int _racksOverCap;
    private bool _admitPrimed;
    private readonly bool[] _touched;
    private readonly List<int> _touchedRacks = new();
    private readonly List<int> _taken = new();
    private bool _primed;
    private readonly double? _rackCapW;
    private readonly double? _facilityItW;

    public PowerGovernor(CenterLayout layout, Model.Infrastructure.PowerSpec power, PueModel pue, bool[] down)
    {
        _layout = layout;
        _power = power;
        _pue = pue;
        _down = down;
        _shares = new double[layout.ServerCount];
        _rackFactor = new double[layout.RackCount];
        _rackW = new double[layout.RackCount];
        _touchedW = new double[layout.RackCount];
        _touched = new bool[layout.RackCount];
        _rackCapW = power.RackCapKw * 1000;
        // Facility power rises with IT power, so the IT power the budget allows is found once and capped like a rack.
        _facilityItW = power.FacilityBudgetKw is { } kw ? FacilityToIt(kw * 1000) : null;
    }

    public double Exponent => _power.ThrottlePowerExponent;

    /// <summary>
    /// Speed factors now. Only the racks whose book changed since the last call (every rack on the first)
    /// are looked at: a rack's factor depends on nothing else, so the others keep theirs, to the last bit.
    /// Racks whose factor moved are added to <paramref name="changedRacks"/>; the facility's factor is returned.
    /// </summary>
    public double Factors(IReadOnlyList<PoolQueue> pools, List<int> changedRacks)
    {
        var models = _layout.ServerPower;
        foreach (var pool in pools)
        {
            var layout = pool.Layout;
            foreach (var r in ChangedRacks(pool, all: !_primed))
            {
                var first = layout.FirstServer + r * layout.ServersPerRack;
                FillShares(pool.Book, r * layout.ServersPerRack, first, layout.ServersPerRack);
                var factor = _rackCapW is { } cap
                    ? ThrottleCapping.Factor(Segment(models, first, layout.ServersPerRack), new ArraySegment<double>(_shares, first, layout.ServersPerRack),
                        cap + DownCredit(first, layout.ServersPerRack), Exponent)
                    : 1;
                var rack = layout.FirstRack + r;
                if (!_primed || factor != _rackFactor[rack])
                {
                    changedRacks.Add(rack);
                }
                _rackFactor[rack] = factor;
            }
        }
        _primed = true;
        return _facilityItW is { } itAllowed
            ? ThrottleCapping.Factor(models, _shares, itAllowed + DownCredit(0, _shares.Length), Exponent)
            : 1;
    }

    public double RackFactor(int rack) => _rackFactor[rack];

    /// <summary>
    /// Delay capping: would starting on these chips of this pool (not yet reserved in its book) keep every
    /// cap? Each rack's watts are kept from its last change (the books name the racks that changed), with a
    /// count of racks over their cap, so a check costs the changed racks and the racks the grants touch,
    /// not every rack; only a facility budget sums every rack, in the same order as a fresh count, so the
    /// answer is the same to the last bit.
    /// </summary>
    public bool Admit(IReadOnlyList<PoolQueue> pools, PoolQueue pool, ChipGrant[] grants)
    {
        RefreshRackWatts(pools);
        var book = pool.Book;
        foreach (var g in grants)
        {
            var rack = pool.Layout.FirstRack + book.RackOf(g.Server);
            if (!_touched[rack])
            {
                _touched[rack] = true;
                _touchedRacks.Add(rack);
                var first = pool.Layout.FirstServer + book.RackOf(g.Server) * pool.Layout.ServersPerRack;
                FillShares(book, first - pool.Layout.FirstServer, first, pool.Layout.ServersPerRack);
            }
            _shares[pool.Layout.FirstServer + g.Server] += (double)g.Chips / book.Capacity(g.Server);
        }
        try
        {
            var untouchedOver = _racksOverCap;
            foreach (var rack in _touchedRacks)
            {
                var layout = _layout.PoolOfRack(rack);
                _touchedW[rack] = RackWatts(layout, layout.FirstServer + (rack - layout.FirstRack) * layout.ServersPerRack);
                untouchedOver -= OverCap(_rackW[rack]) ? 1 : 0;
                if (OverCap(_touchedW[rack]))
                {
                    return false;
                }
            }
            if (untouchedOver > 0)
            {
                return false;
            }
            if (_power.FacilityBudgetKw is not { } budget)
            {
                return true;
            }
            var total = 0.0;
            for (var rack = 0; rack < _rackW.Length; rack++)
            {
                total += _touched[rack] ? _touchedW[rack] : _rackW[rack];
            }
            return _pue.FacilityW(total) <= budget * 1000;
        }
        finally
        {
            foreach (var rack in _touchedRacks)
            {
                _touched[rack] = false;
            }
            _touchedRacks.Clear();
        }
    }

    /// <summary>The pool's racks (local numbers) whose book changed since last taken, or every rack when <paramref name="all"/>; the changes are taken either way.</summary>
    private List<int> ChangedRacks(PoolQueue pool, bool all)
    {
        _taken.Clear();
        pool.Book.ChangedRacks.TakeAll(_taken);
        if (all)
        {
            _taken.Clear();
            _taken.AddRange(Enumerable.Range(0, pool.Layout.Racks));
        }
        return _taken;
    }

    private bool OverCap(double rackW) => _rackCapW is { } cap && rackW > cap;

    /// <summary>Brings the kept watts of every rack whose book changed (every rack on the first call) up to date, with the count over their cap.</summary>
    private void RefreshRackWatts(IReadOnlyList<PoolQueue> pools)
    {
        foreach (var p in pools)
        {
            var layout = p.Layout;
            foreach (var r in ChangedRacks(p, all: !_admitPrimed))
            {
                var rack = layout.FirstRack + r;
                var first = layout.FirstServer + r * layout.ServersPerRack;
                FillShares(p.Book, r * layout.ServersPerRack, first, layout.ServersPerRack);
                _racksOverCap -= _admitPrimed && OverCap(_rackW[rack]) ? 1 : 0;
                _rackW[rack] = RackWatts(layout, first);
                _racksOverCap += OverCap(_rackW[rack]) ? 1 : 0;
            }
        }
        _admitPrimed = true;
    }

    private double RackWatts(PoolLayout layout, int first)
    {
        var rackW = 0.0;
        for (var s = first; s < first + layout.ServersPerRack; s++)
        {
            rackW += _down[s] ? 0 : layout.Power.Watts(_shares[s]);
        }
        return rackW;
    }

    /// <summary>Busy share of <paramref name="count"/> servers of a book from its server <paramref name="local"/> (center server <paramref name="first"/>).</summary>
    private void FillShares(ClusterBook book, int local, int first, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _shares[first + i] = _down[first + i] ? 0 : (double)book.Busy(local + i) / book.Capacity(local + i);
        }
    }

    private double DownCredit(int first, int count)
    {
        var credit = 0.0;
        for (var s = first; s < first + count; s++)
        {
            if (_down[s])
            {
                credit += _layout.ServerPower[s].IdleW;
            }
        }
        return credit;
    }

    private static IReadOnlyList<ServerPowerModel> Segment(IReadOnlyList<ServerPowerModel> models, int first, int count) =>
        new ArraySegment<ServerPowerModel>((ServerPowerModel[])models, first, count);

    private double FacilityToIt(double facilityW)
    {
        double lo = 0, hi = facilityW;
        for (var i = 0; i < 80; i++)
        {
            var mid = (lo + hi) / 2;
            if (_pue.FacilityW(mid) <= facilityW)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}

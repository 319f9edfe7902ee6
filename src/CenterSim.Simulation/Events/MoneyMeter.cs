using CenterSim.Model.Scenario;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Market;

namespace CenterSim.Simulation.Events;

/// <summary>
/// What the hourly money snapshot is made of: the market's ledger and cost model (once the market has
/// shown them) and the servers' IT power, integrated into energy as it changes.
/// </summary>
internal sealed class MoneyMeter
{
    private readonly CenterLayout _layout;
    private readonly List<(string Name, string Category)> _tenants = new();
    private double[] _watts = Array.Empty<double>();
    private double _totalWatts;
    private double _lastChange;
    private readonly PueModel _pue;
    private readonly ElectricityBill _bill;
    private Ledger? _ledger;
    private CostModel? _costs;
    private int _center = -1;
    private bool _tenantSide = true;

    public MoneyMeter(CenterLayout layout, ScenarioSpec spec)
    {
        _layout = layout;
        // The electricity bill as the power budget makes it: facility power through the PUE, each hour at its tariff.
        _pue = new PueModel(spec);
        _bill = new ElectricityBill(spec);
        foreach (var group in spec.Tenants)
        {
            for (var k = 0; k < group.Count; k++)
            {
                // Named as the tenants' actors name themselves (TenantRoster).
                _tenants.Add((group.Count == 1 ? group.Group : $"{group.Group}-{k + 1}", EventLog.CategoryName(group.Category)));
            }
        }
    }

    public (string Name, string Category) Tenant(int index) => index < _tenants.Count ? _tenants[index] : ($"tenant-{index}", "");

    /// <param name="center">in a network market, the center whose provider side this meter shows; -1 for a single center's whole book</param>
    /// <param name="tenantSide">whether it shows the tenants' side (cash, wallets, treasury): a network's shows on one center's meter only</param>
    public void Watch(Ledger ledger, CostModel costs, int center = -1, bool tenantSide = true)
    {
        _ledger = ledger;
        _costs = costs;
        _center = center;
        _tenantSide = tenantSide;
    }

    public void PowerStarted(double[] serverWatts)
    {
        _watts = (double[])serverWatts.Clone();
        _totalWatts = _watts.Sum();
    }

    public void PowerChanged(double now, int server, double watts)
    {
        Integrate(now);
        _totalWatts += watts - _watts[server];
        _watts[server] = watts;
    }

    public MoneySnapshot Snapshot(double now)
    {
        Integrate(now);
        var racks = new double[_layout.RackCount];
        foreach (var pool in _layout.Pools)
        {
            for (var s = 0; s < pool.Servers && pool.FirstServer + s < _watts.Length; s++)
            {
                racks[pool.FirstRack + s / pool.ServersPerRack] += _watts[pool.FirstServer + s] / 1000;
            }
        }
        if (_ledger is not { } l || _costs is not { } c)
        {
            return new MoneySnapshot(null, null, null, null, null, null, null, null, null, _totalWatts / 1000, racks);
        }
        var revenue = (_center < 0 ? l.CashRevenueCents + l.RedeemedCents : l.RevenueOf(_center)) / 100.0;
        var energy = _bill.CostYuan;
        var capital = c.CapitalYuanPerSecond * now;
        var operations = c.OperationsYuanPerSecond * now;
        return new MoneySnapshot(
            _tenantSide ? l[LedgerAccount.TenantCash] / 100.0 : null,
            _tenantSide ? l[LedgerAccount.VoucherWallet] / 100.0 : null,
            _tenantSide ? l[LedgerAccount.Treasury] / 100.0 : null,
            revenue,
            (_center < 0 ? l[LedgerAccount.Provider] : l.ProviderOf(_center)) / 100.0,
            revenue - energy - capital - operations,
            energy,
            capital,
            operations,
            _totalWatts / 1000,
            racks);
    }

    private void Integrate(double now)
    {
        var facilityW = _pue.IsConstant ? _totalWatts * _pue.At(0) : _pue.FacilityW(_totalWatts);
        _bill.Add(_lastChange, now, facilityW);
        _lastChange = now;
    }
}

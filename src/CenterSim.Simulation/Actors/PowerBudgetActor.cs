using Akka.Actor;
using CenterSim.Model.Units;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The center's power budget: the sum of what its servers draw, integrated into energy as it changes.
/// It also keeps the facility side: facility energy through the PUE (constant or load-dependent), the
/// electricity bill at the tariff of each hour of the day, emissions at each hour's carbon intensity,
/// the peak facility power, and violations of the facility budget and of rack caps. With a hub's power
/// subsidy for domestic chips, the domestic servers' share of the facility power (their share of IT
/// power, the PUE overhead split in proportion) is also billed apart, and that share of it is paid back.
/// </summary>
public sealed class PowerBudgetActor : SimActor
{
    private readonly double[] _serverWatts;
    private readonly PueModel _pue;
    private readonly ElectricityBill _bill;
    private readonly ElectricityBill _domesticBill;
    private readonly bool[] _domestic;
    private readonly double _subsidy;
    private readonly double _budgetW;
    private double _watts;
    private double _domesticWatts;
    private double _joules;
    private double _facilityJoules;
    private double _peakSinceLast;
    private long _violations;
    private readonly Dictionary<int, bool> _rackLevelsNow = new();
    private readonly HashSet<int> _racksOver = new();
    private bool _over;
    private double _lastChange;
    private readonly Action<double, (int Server, double Watts)> _apply;

    public PowerBudgetActor(RunContext run, double[] initialServerWatts)
        : base(run)
    {
        _serverWatts = initialServerWatts;
        _apply = (time, change) =>
        {
            IntegrateTo(time);
            Apply(change.Server, change.Watts);
        };
        _watts = initialServerWatts.Sum();
        _pue = new PueModel(run.Spec);
        _bill = new ElectricityBill(run.Spec);
        _domesticBill = new ElectricityBill(run.Spec);
        _subsidy = run.Spec.Center.DomesticPowerSubsidy;
        var layout = run.Layout;
        _domestic = Enumerable.Range(0, initialServerWatts.Length).Select(s => _subsidy > 0 && layout.PoolOfServer(s).Type.IsDomestic).ToArray();
        _domesticWatts = initialServerWatts.Where((_, s) => _domestic[s]).Sum();
        var power = run.Spec.Infrastructure.Power;
        _budgetW = (power?.FacilityBudgetKw ?? double.PositiveInfinity) * 1000;
        run.Events?.PowerStarted(run, initialServerWatts);
    }

    protected override void OnReceive(object message)
    {
        // The servers' changes up to now first, each at its own time (see ChangeLog).
        Run.Directory.PowerChanges.TakeAll(_apply);
        switch (message)
        {
            case PowerProtocol.PowerChanged changed:
                Integrate();
                Apply(changed.Server, changed.Watts);
                break;
            case PowerProtocol.RackLevel level:
                // Only the level a rack holds when time moves on counts, not the ones it passes through in an instant.
                Integrate();
                _rackLevelsNow[level.Rack] = level.Over;
                break;
            case PowerProtocol.SnapshotRequest request:
                Integrate();
                Sender.Tell(new PowerProtocol.Snapshot(request.Tag, _joules, _watts)
                {
                    FacilityJoules = _facilityJoules,
                    CostYuan = _bill.CostYuan - _subsidy * _domesticBill.CostYuan,
                    PowerSubsidyYuan = _subsidy * _domesticBill.CostYuan,
                    CarbonKg = _bill.CarbonKg,
                    PeakFacilityWattsSinceLast = Math.Max(_peakSinceLast, _pue.FacilityW(_watts)),
                    CapViolations = _violations,
                    CapsExceededNow = _racksOver.Count + (_over ? 1 : 0),
                });
                _peakSinceLast = 0;
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Apply(int server, double watts)
    {
        Run.Events?.PowerChanged(Run, server, watts);
        _watts += watts - _serverWatts[server];
        if (_domestic[server])
        {
            _domesticWatts += watts - _serverWatts[server];
        }
        _serverWatts[server] = watts;
    }

    private void Integrate() => IntegrateTo(Now);

    private void IntegrateTo(double now)
    {
        var dt = now - _lastChange;
        if (dt <= 0)
        {
            return;
        }
        foreach (var (rack, rackOver) in _rackLevelsNow)
        {
            if (!rackOver)
            {
                _racksOver.Remove(rack);
            }
            else if (_racksOver.Add(rack))
            {
                _violations++;
            }
        }
        _rackLevelsNow.Clear();
        _joules += _watts * dt;
        var facilityW = _pue.IsConstant ? _watts * _pue.At(0) : _pue.FacilityW(_watts);
        _facilityJoules += facilityW * dt;
        if (facilityW > _peakSinceLast)
        {
            _peakSinceLast = facilityW;
        }
        var over = facilityW > _budgetW * (1 + 1e-9);
        if (over && !_over)
        {
            _violations++;
        }
        _over = over;
        _bill.Add(_lastChange, now, facilityW);
        if (_subsidy > 0 && _watts > 0)
        {
            _domesticBill.Add(_lastChange, now, facilityW * _domesticWatts / _watts);
        }
        _lastChange = now;
    }
}

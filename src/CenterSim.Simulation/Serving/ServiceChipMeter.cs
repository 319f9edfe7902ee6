using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Market;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// Replicas holding chips over time, and the facility energy their chips draw: each chip at its server's
/// peak power divided by its chips (a replica's chips count as busy on their servers), times the center's
/// PUE, billed at the center's tariff by hour of day. With a market section, the chips' share of their servers'
/// capital amortization and operations is counted too, from the provider's cost model (<see cref="CostModel"/>).
/// </summary>
public sealed class ServiceChipMeter
{
    private readonly double _wattsPerReplica;
    private readonly ElectricityBill _bill;
    private readonly double _fixedYuanPerReplicaSecond;
    private double _last;

    public ServiceChipMeter(ScenarioSpec spec, int pool, ServerTypeSpec server, int chipsPerReplica)
    {
        _wattsPerReplica = chipsPerReplica * server.PeakWatts / server.ChipsPerServer * spec.Center.Pue;
        _bill = new ElectricityBill(spec);
        _fixedYuanPerReplicaSecond = spec.Market is { } market
            ? chipsPerReplica * new CostModel(spec, market.Economics).FixedYuanPerChipHour(pool) / SimTime.Hour
            : double.NaN;
    }

    public int Holding { get; private set; }

    public double ReplicaSeconds { get; private set; }

    public double Kwh { get; private set; }

    public double CostYuan => _bill.CostYuan;

    /// <summary>Capital amortization and operations of the chips held so far, yuan; NaN without a market section (no cost model).</summary>
    public double FixedCostYuan => ReplicaSeconds * _fixedYuanPerReplicaSecond;

    /// <summary>Integrates up to <paramref name="now"/>, then <paramref name="delta"/> replicas start or stop holding chips.</summary>
    public void Change(double now, int delta)
    {
        if (now > _last)
        {
            ReplicaSeconds += Holding * (now - _last);
            Kwh += Holding * _wattsPerReplica * (now - _last) / 3.6e6;
            if (Holding > 0)
            {
                _bill.Add(_last, now, Holding * _wattsPerReplica);
            }
            _last = now;
        }
        Holding += delta;
    }
}

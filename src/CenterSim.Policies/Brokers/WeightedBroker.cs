using CenterSim.Model.Units;

namespace CenterSim.Policies.Brokers;

/// <summary>
/// The lowest generalized cost in yuan: what the tenant pays, plus carbon at a carbon price, plus delay
/// valued per chip-hour of the job's gang kept waiting (transfer and queue).
/// </summary>
public sealed class WeightedBroker : IBrokerPolicy
{
    private readonly double _yuanPerKgCo2;
    private readonly double _yuanPerChipHourWaited;

    public WeightedBroker(double yuanPerKgCo2, double yuanPerChipHourWaited)
    {
        _yuanPerKgCo2 = yuanPerKgCo2;
        _yuanPerChipHourWaited = yuanPerChipHourWaited;
    }

    public int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options) =>
        BrokerScore.Lowest(options, o => Score(request, o));

    public double Score(BrokerRequest request, CenterOption o) =>
        o.CostYuan + _yuanPerKgCo2 * o.CarbonKg + _yuanPerChipHourWaited * request.Chips * o.DelaySeconds / SimTime.Hour;
}

namespace CenterSim.Model.Scenario;

/// <summary>
/// One computing center: one or more pools of racks (each of one server type), a constant PUE and a flat
/// tariff. <see cref="Racks"/> is the first pool's racks; <see cref="Pools"/> lists them all.
/// </summary>
public sealed record CenterSpec(
    string Name,
    string Region,
    double Pue,
    double TariffYuanPerKwh,
    RackSpec Racks)
{
    /// <summary>Grid carbon intensity where the center draws its power (kg CO2 per kWh); null when not given.</summary>
    public double? CarbonKgPerKwh { get; init; }

    /// <summary>The center's own pricing; null uses the scenario's <c>policies.pricing</c>.</summary>
    public PolicyChoice? Pricing { get; init; }

    /// <summary>
    /// Share of the electricity bill of the center's domestic-chip servers that the hub's subsidy pays back
    /// (0..1; 0 for none). Imported-chip servers pay the full tariff.
    /// </summary>
    public double DomesticPowerSubsidy { get; init; }

    /// <summary>The center's pools in scenario order; a center given with <c>racks:</c> has one, named after its server type.</summary>
    public IReadOnlyList<PoolSpec> Pools { get; init; } = new[] { new PoolSpec(Racks.ServerType, Racks) };

    public bool Equals(CenterSpec? other) =>
        other is not null && Name == other.Name && Region == other.Region && Pue.Equals(other.Pue)
        && TariffYuanPerKwh.Equals(other.TariffYuanPerKwh) && Racks == other.Racks && CarbonKgPerKwh == other.CarbonKgPerKwh
        && Pricing == other.Pricing && DomesticPowerSubsidy.Equals(other.DomesticPowerSubsidy) && Pools.SequenceEqual(other.Pools);

    public override int GetHashCode() => HashCode.Combine(Name, Region, Pue, TariffYuanPerKwh, Racks, Pools.Count);
}

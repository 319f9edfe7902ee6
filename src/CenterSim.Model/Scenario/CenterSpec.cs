namespace CenterSim.Model.Scenario;

/// <summary>One computing center: racks of identical servers, a constant PUE and a flat tariff.</summary>
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
}

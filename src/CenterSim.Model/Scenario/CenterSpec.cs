namespace CenterSim.Model.Scenario;

/// <summary>One computing center: racks of identical servers, a constant PUE and a flat tariff.</summary>
public sealed record CenterSpec(
    string Name,
    string Region,
    double Pue,
    double TariffYuanPerKwh,
    RackSpec Racks);

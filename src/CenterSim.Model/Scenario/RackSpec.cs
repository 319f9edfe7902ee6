namespace CenterSim.Model.Scenario;

/// <summary>Racks of a center: how many, servers in each, the server type and the top-of-rack uplink.</summary>
public sealed record RackSpec(int Count, int ServersPerRack, string ServerType, double UplinkGbps);

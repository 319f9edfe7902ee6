namespace CenterSim.Model.Network;

/// <summary>
/// A wide-area link between two regions, full duplex: each direction has <see cref="Gbps"/> of its own.
/// Moving data over it takes the link's share of bandwidth plus its one-way latency, and costs
/// <see cref="YuanPerGb"/> per gigabyte.
/// </summary>
public sealed record WanLinkSpec(string From, string To, double Gbps, double LatencyMs, double YuanPerGb);

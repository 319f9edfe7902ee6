namespace CenterSim.Model.Infrastructure;

/// <summary>
/// The interconnect and the communication model of data-parallel jobs. Bandwidths are per chip inside a
/// server (<see cref="FabricGbps"/>) and from a chip's NIC to the top-of-rack switch (<see cref="NicGbps"/>);
/// the rack uplink to the spine is the rack's <c>uplink_gbps</c>, shared by the rack's chips in
/// proportion. Each step a job computes for <see cref="StepComputeSeconds"/> and all-reduces
/// <see cref="GradientGigabytes"/>; <see cref="Overlap"/> of the communication is hidden behind compute.
/// </summary>
public sealed record TopologySpec(
    double FabricGbps,
    double FabricLatencyMicros,
    double NicGbps,
    double TorLatencyMicros,
    double SpineLatencyMicros,
    double GradientGigabytes,
    double StepComputeSeconds,
    double Overlap);

using CenterSim.Model.Scenario;

namespace CenterSim.Model.Serving;

/// <summary>
/// Inference services beside the training tenants of one center: the services, how the center splits
/// chips between them and training (<see cref="Sharing"/>), and the chip catalog their performance model reads.
/// </summary>
public sealed record ServingSpec(IReadOnlyList<ServiceSpec> Services, PolicyChoice Sharing, IReadOnlyDictionary<string, ChipSpec> Chips);

namespace CenterSim.Simulation.Benchmark;

/// <summary>An event of the plain loop: what happens and to which job. A struct, so nothing is allocated per event.</summary>
public readonly record struct PlainEvent(PlainEventKind Kind, int Job);

namespace CenterSim.Simulation.Benchmark;

public enum PlainEventKind : byte
{
    Arrival,
    Finish,
    Tick,
}

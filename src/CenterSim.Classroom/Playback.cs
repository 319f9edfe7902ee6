using CenterSim.Simulation.Events;

namespace CenterSim.Classroom;

/// <summary>
/// What the page plays: the center's racks (servers and chips each), the power cap, the run's length,
/// every recorded event with its narration (null when not notable) and a summary of the outcome.
/// </summary>
public sealed record Playback(
    string Lesson,
    string Title,
    IReadOnlyList<PlaybackRack> Racks,
    double? CapKw,
    double DurationSeconds,
    IReadOnlyList<PlaybackEvent> Events,
    IReadOnlyDictionary<string, double> Summary,
    double RunSeconds,
    int Centers);

/// <summary>A rack: its center's name, its first server (numbered across the run's centers), its servers and each server's chips.</summary>
public sealed record PlaybackRack(string Center, int FirstServer, int Servers, int ChipsPerServer);

/// <summary>A recorded event and its narration line, if it has one.</summary>
public sealed record PlaybackEvent(SimEvent Event, Narration? Say);

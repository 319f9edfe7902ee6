namespace CenterSim.Simulation.Actors;

/// <summary>Where a server is in its power states: busy or idle (awake), entering sleep, asleep, waking, or off.</summary>
public enum SleepPhase
{
    Awake,
    EnteringSleep,
    Asleep,
    Waking,
    Off,
}

namespace CenterSim.Tests.Engine;

/// <summary>The event a <see cref="ProbeActor"/> puts in the calendar for itself when it starts.</summary>
public sealed class Probe
{
    public static readonly Probe Instance = new();

    private Probe()
    {
    }
}

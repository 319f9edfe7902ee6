namespace CenterSim.Tests.Engine;

/// <summary>The one event the hand-written misbehaving actors send themselves.</summary>
public sealed class Tick
{
    public static readonly Tick Instance = new();

    private Tick()
    {
    }
}

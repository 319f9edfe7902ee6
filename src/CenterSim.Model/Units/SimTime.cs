namespace CenterSim.Model.Units;

/// <summary>Simulated time is a double of seconds from the start of a run; these are its unit factors.</summary>
public static class SimTime
{
    public const double Second = 1.0;
    public const double Minute = 60.0;
    public const double Hour = 3600.0;
    public const double Day = 86400.0;

    public static double ToHours(double seconds) => seconds / Hour;
}

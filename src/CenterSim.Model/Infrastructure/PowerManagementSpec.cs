namespace CenterSim.Model.Infrastructure;

/// <summary>
/// What idle servers do. <c>always-on</c>: stay idle. <c>sleep-after-idle</c>: after
/// <see cref="IdleTimeoutSeconds"/> with no job a server enters sleep, drawing <see cref="SleepW"/>; entering
/// and leaving sleep each take <see cref="TransitionSeconds"/> at <see cref="TransitionW"/>, and a job
/// started on a sleeping server begins its work only when the server is awake.
/// </summary>
public sealed record PowerManagementSpec(string Name, double IdleTimeoutSeconds, double SleepW, double TransitionSeconds, double TransitionW)
{
    public const string AlwaysOn = "always-on";

    public const string SleepAfterIdle = "sleep-after-idle";

    public static PowerManagementSpec Default { get; } = new(AlwaysOn, 0, 0, 0, 0);

    public bool Sleeps => Name == SleepAfterIdle;
}

using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class MetricsProtocol
{
    public sealed record JobCompleted(JobResult Result);

    public sealed record JobRejected(Job Job, Model.Results.RefusalReason Reason);

    /// <summary>Market runs: the tenant gave the job up.</summary>
    public sealed record JobAbandoned(Job Job, Model.Results.RefusalReason Reason);

    /// <summary>The measurement window starts now (end of warm-up).</summary>
    public sealed record WindowOpen
    {
        public static WindowOpen Instance { get; } = new();
    }

    /// <summary>The measurement window ends now.</summary>
    public sealed record WindowClose
    {
        public static WindowClose Instance { get; } = new();
    }

    /// <summary>Calendar event: take the hourly sample.</summary>
    public sealed record SampleTick
    {
        public static SampleTick Instance { get; } = new();
    }

    /// <summary>The run is over: gather the last numbers and publish the result.</summary>
    public sealed record Finish
    {
        public static Finish Instance { get; } = new();
    }
}

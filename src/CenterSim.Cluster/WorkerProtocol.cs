namespace CenterSim.Cluster;

/// <summary>Messages between a study's coordinator and the worker actor of each node.</summary>
public static class WorkerProtocol
{
    /// <summary>Coordinator → worker: how many runs may you take at once?</summary>
    public sealed record Hello(string StudyId);

    /// <summary>Worker → coordinator: this many runs side by side (its cores).</summary>
    public sealed record Ready(int Cores);

    /// <summary>
    /// Coordinator → worker: run one replication of the scenario given as YAML text, with the same
    /// dotted-path overrides the submitter applied, so both sides build the same spec.
    /// </summary>
    public sealed record RunRequest(string StudyId, string ScenarioText, string ScenarioPath, string[] OverrideKeys, string[] OverrideValues, int Replication);

    /// <summary>Worker → coordinator: the replication's RunResult, encoded by <see cref="RunResultCodec"/>.</summary>
    public sealed record RunDone(string StudyId, int Replication, byte[] Result);

    /// <summary>Worker → coordinator: the run threw or the scenario did not load; the same would happen anywhere.</summary>
    public sealed record RunFailed(string StudyId, int Replication, string Error);
}
